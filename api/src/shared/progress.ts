/** "findings: 1.234.567 / 3.505.321 dòng (35 %)" — rows and percentage, or rows alone when the total is unknown. */
export function progressText(label: string, done: number, total: number | undefined): string {
  const n = (x: number) => x.toLocaleString('vi-VN');
  if (!total) return `${label}: ${n(done)} dòng`;
  return `${label}: ${n(done)} / ${n(total)} dòng (${Math.floor((done / total) * 100)} %)`;
}

/**
 * Progress on stderr when a person watches (a TTY), at most five times a second and always at
 * the end; silent in scripts and CI logs (undefined).
 */
export function ttyProgress(stream: NodeJS.WriteStream = process.stderr): ((label: string, done: number, total: number | undefined) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let last = 0;
  return (label, done, total) => {
    const now = Date.now();
    const end = total !== undefined && done >= total;
    if (now - last < 200 && !end) return;
    last = now;
    stream.write(`\r  ${progressText(label, done, total)}   ${end ? '\n' : ''}`);
  };
}
