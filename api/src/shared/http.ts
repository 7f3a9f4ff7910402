import type http from 'node:http';

/** One HTTP handler: answers and returns true when the request is its own, else returns false for the next. */
export type Route = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<boolean>;

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** The whole request body; past `limit` bytes an error with status 413 (the app's handler answers it). */
export async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw Object.assign(new Error(`request body larger than ${Math.round(limit / 1e6)} MB`), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
