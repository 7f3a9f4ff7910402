import type http from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** Answers shorter than this go as they are: compressing them saves less than it costs. */
export const COMPRESS_MIN_BYTES = 1024;

export type Encoding = 'br' | 'gzip';

/**
 * The encoding a client accepts (RFC 9110 §12.5.3: `Accept-Encoding`, with q-values; q=0 refuses):
 * br before gzip when both are accepted equally, `*` as either; null for none.
 */
export function acceptedEncoding(header: string | string[] | undefined): Encoding | null {
  const q = new Map<string, number>();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const of = (e: Encoding) => q.get(e) ?? (e === 'gzip' ? q.get('x-gzip') : undefined) ?? q.get('*') ?? 0;
  const br = of('br');
  const gzip = of('gzip');
  if (br <= 0 && gzip <= 0) return null;
  return br >= gzip ? 'br' : 'gzip';
}

/** Adds a name to the response's Vary header (kept once). */
export function addVary(res: http.ServerResponse, name: string): void {
  const now = String(res.getHeader('vary') ?? '');
  const names = now.split(',').map((s) => s.trim()).filter(Boolean);
  if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) res.setHeader('vary', [...names, name].join(', '));
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Ends a response with `body`, compressed with br or gzip when the request accepts it and the
 * body is worth it (node's zlib, off the event loop). Headers are set here: content-encoding,
 * content-length and Vary: Accept-Encoding. The status and other headers are the caller's.
 */
export async function endCompressed(req: http.IncomingMessage, res: http.ServerResponse, body: string | Buffer): Promise<void> {
  addVary(res, 'Accept-Encoding');
  const raw = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const encoding = raw.length >= COMPRESS_MIN_BYTES ? acceptedEncoding(req.headers['accept-encoding']) : null;
  let out = raw;
  if (encoding === 'br') {
    // quality 4: close to gzip's speed, smaller; the default 11 takes ~100 times longer
    out = await brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
  } else if (encoding === 'gzip') {
    out = await gzip(raw, { level: 6 });
  }
  if (encoding) res.setHeader('content-encoding', encoding);
  res.setHeader('content-length', String(out.length));
  res.end(req.method === 'HEAD' ? undefined : out);
}
