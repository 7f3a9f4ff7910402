import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A TCP / unix-socket proxy between the API's pool and its database (PostgreSQL or the embedded
 * PGlite socket) that a test can break on purpose, deterministically:
 * - `cut()` drops every connection at once (what a database restart or crash does to a pool);
 * - `refuse()` / `accept()` close and reopen the door (the database down, then back);
 * - `stall()` holds what clients send until `resume()`, and `whenHeld()` resolves once something is
 *   held, so a test knows a query is in flight before it cuts.
 */
export class FaultProxy {
  private server: net.Server | null = null;
  private readonly pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  private stalled = false;
  private readonly held: { upstream: net.Socket; chunk: Buffer }[] = [];
  private heldWaiters: (() => void)[] = [];
  /** connections made through the proxy */
  connections = 0;

  private constructor(
    private readonly target: net.NetConnectOpts,
    /** where clients connect: { port } (TCP on 127.0.0.1) or { path } (a unix socket) */
    readonly listen: { port: number } | { path: string },
  ) {}

  /** A proxy to `target` (TCP host/port, or a unix socket path): TCP on a free port, or a unix socket in a fresh directory. */
  static async start(target: { host: string; port: number } | { path: string }): Promise<FaultProxy> {
    const listen = 'path' in target ? { path: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-proxy-')), '.s.PGSQL.5432') } : { port: 0 };
    const proxy = new FaultProxy(target, listen);
    await proxy.accept();
    return proxy;
  }

  /** For a unix socket: the directory (pg's `host`). */
  get socketDir(): string {
    return 'path' in this.listen ? path.dirname(this.listen.path) : '';
  }

  get port(): number {
    return 'port' in this.listen ? this.listen.port : 0;
  }

  /** Opens the door (again): new connections are forwarded. */
  async accept(): Promise<void> {
    if (this.server) return;
    const server = net.createServer((client) => this.pipe(client));
    if ('path' in this.listen) fs.rmSync(this.listen.path, { force: true });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      if ('path' in this.listen) server.listen(this.listen.path, resolve);
      else server.listen(this.listen.port, '127.0.0.1', resolve);
    });
    if ('port' in this.listen) this.listen.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Closes the door: new connections are refused (ECONNREFUSED / ENOENT), open ones stay. */
  async refuse(): Promise<void> {
    // stops listening at once (close's callback would wait for the open connections to end)
    this.server?.close();
    this.server = null;
    if ('path' in this.listen) fs.rmSync(this.listen.path, { force: true });
  }

  /** Drops every open connection (both sides), as a restart does. */
  cut(): void {
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
    this.held.length = 0;
  }

  /** From now on, holds what clients send (the database does not see it). */
  stall(): void {
    this.stalled = true;
  }

  /** Resolves once something a client sent is held. */
  whenHeld(): Promise<void> {
    if (this.held.length) return Promise.resolve();
    return new Promise((r) => this.heldWaiters.push(r));
  }

  /** Forwards what was held and stops holding. */
  resume(): void {
    this.stalled = false;
    for (const { upstream, chunk } of this.held.splice(0)) if (!upstream.destroyed) upstream.write(chunk);
  }

  async close(): Promise<void> {
    this.cut();
    await this.refuse();
    if ('path' in this.listen) fs.rmSync(path.dirname(this.listen.path), { recursive: true, force: true });
  }

  private pipe(client: net.Socket): void {
    this.connections++;
    const upstream = net.connect(this.target);
    const pair = { client, upstream };
    this.pairs.add(pair);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      this.pairs.delete(pair);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    upstream.on('data', (chunk) => client.write(chunk));
    client.on('data', (chunk: Buffer) => {
      if (!this.stalled) return void upstream.write(chunk);
      this.held.push({ upstream, chunk });
      this.heldWaiters.splice(0).forEach((r) => r());
    });
  }
}
