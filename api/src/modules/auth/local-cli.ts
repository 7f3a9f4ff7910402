import crypto from 'node:crypto';
import type http from 'node:http';

/**
 * The CLI on the server's own machine acts as ADMIN (SPEC §6.2). With the embedded database the
 * running API holds the data directory, so `qcdc export|report|import` go through its HTTP API;
 * they prove they run here by a secret the API writes into the lock file (DATA_DIR, mode 0600),
 * sent as `x-qcdc-import-token` from a loopback address. Nothing else gets in this way.
 */
export const LOCAL_CLI_HEADER = 'x-qcdc-import-token';

export const newLocalCliToken = (): string => crypto.randomBytes(24).toString('hex');

const fromLoopback = (address: string | undefined) => !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));

/** Whether the request carries this process's CLI secret, from this machine. */
export function isLocalCli(req: http.IncomingMessage, token: string | undefined): boolean {
  if (!token) return false;
  const given = req.headers[LOCAL_CLI_HEADER];
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return fromLoopback(req.socket.remoteAddress) && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(token));
}
