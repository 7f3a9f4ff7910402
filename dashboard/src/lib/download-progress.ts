/**
 * Progress of a download (issue 16.3): a click on a same-origin `<a download>` link is fetched by
 * script, the bytes counted as they arrive (against Content-Length when the server sends it),
 * then saved under the name the server gives. Without JavaScript the plain link still downloads;
 * when the script cannot do it (an error status, a network failure) the link is followed as
 * before, so the browser shows what it always showed.
 */
export interface DownloadState {
  /** The file's name (from Content-Disposition, else the link's). */
  name: string;
  /** Bytes received so far, and the whole when known. */
  received: number;
  total: number | null;
}

/** filename*=UTF-8''… (RFC 6266/5987) before filename="…"; null when there is none. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(disposition);
  return plain ? (plain[1] ?? plain[2]!).trim() : null;
}

/** The link a click downloads through the script, or null (let the browser do it). */
export function downloadLink(e: MouseEvent): HTMLAnchorElement | null {
  if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return null;
  const a = (e.target as Element | null)?.closest?.('a[download]');
  if (!(a instanceof HTMLAnchorElement) || a.dataset.plainDownload !== undefined) return null;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || (a.target && a.target !== '_self')) return null;
  return a;
}

/** Clicks a copy of the link that the script leaves alone: the browser's own download. */
function followPlainly(a: HTMLAnchorElement) {
  const plain = document.createElement('a');
  plain.href = a.href;
  plain.download = a.download;
  plain.dataset.plainDownload = '';
  plain.hidden = true;
  document.body.append(plain);
  plain.click();
  plain.remove();
}

/** Downloads the link's file, telling `onProgress` as bytes arrive; resolves when it is saved. */
export async function downloadWithProgress(a: HTMLAnchorElement, onProgress: (s: DownloadState) => void): Promise<void> {
  let res: Response;
  try {
    res = await fetch(a.href, { credentials: 'same-origin' });
  } catch {
    return followPlainly(a);
  }
  if (!res.ok || !res.body) return followPlainly(a);
  const name = fileNameOf(res.headers.get('content-disposition')) || a.download || decodeURIComponent(new URL(a.href).pathname.split('/').pop() || 'download');
  const length = Number(res.headers.get('content-length'));
  const state: DownloadState = { name, received: 0, total: Number.isFinite(length) && length > 0 ? length : null };
  onProgress({ ...state });
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    state.received += value.byteLength;
    onProgress({ ...state });
  }
  const blob = new Blob(chunks as BlobPart[], { type: res.headers.get('content-type') ?? 'application/octet-stream' });
  const href = URL.createObjectURL(blob);
  const save = document.createElement('a');
  save.href = href;
  save.download = name;
  save.dataset.plainDownload = '';
  save.hidden = true;
  document.body.append(save);
  save.click();
  save.remove();
  // the browser has taken the file once the click is handled; free the memory a little later
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
