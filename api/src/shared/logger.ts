/** The one logger: plain lines on stderr, so stdout stays clean for CLI output (CSV to stdout). */
const levels = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof levels;

let threshold: number = levels[(process.env.LOG_LEVEL as Level) ?? 'info'] ?? levels.info;

export function setLogLevel(level: Level): void {
  threshold = levels[level];
}

function write(level: Level, message: string, extra?: unknown): void {
  if (levels[level] < threshold) return;
  const suffix = extra === undefined ? '' : ` ${extra instanceof Error ? (extra.stack ?? extra.message) : JSON.stringify(extra)}`;
  process.stderr.write(`[qcdc] ${level.padEnd(5)} ${message}${suffix}\n`);
}

export const log = {
  debug: (m: string, x?: unknown) => write('debug', m, x),
  info: (m: string, x?: unknown) => write('info', m, x),
  warn: (m: string, x?: unknown) => write('warn', m, x),
  error: (m: string, x?: unknown) => write('error', m, x),
};
