import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { openBrowser, url } from './browser';

/**
 * Issue 17 as an attacker on the intranet tries it, against the running dashboard and API:
 * (1) the /export proxy reaches nothing but export files, whatever the spelling of `..`;
 * (2) a cross-site text/plain form post (from a page on another origin, in Chromium) runs no
 *     query, on the API and through the dashboard;
 * (5) no page may be framed by another site, and nothing is type-sniffed.
 */
let context: BrowserContext;
let close: () => Promise<void>;
let foreign: http.Server;
let foreignUrl: string;
let foreignPage = '';

beforeAll(async () => {
  ({ context, close } = await openBrowser());
  // "another site": a second local server on its own port serves the attacker's page
  foreign = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(foreignPage));
  await new Promise<void>((r) => foreign.listen(0, '127.0.0.1', r));
  foreignUrl = `http://localhost:${(foreign.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await close?.();
  await new Promise((r) => foreign?.close(r));
});

/** A request with the path exactly as written (fetch would normalise `%2E%2E`). */
function raw(base: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const target = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: target.hostname, port: target.port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('the dashboard /export proxy forwards only the export files it knows', () => {
  const json = { 'content-type': 'application/json' };
  const query = JSON.stringify({ query: '{ __typename units(page: {first: 1}) { totalCount } }' });

  it('encoded .., %2F, %5C and double encoding never reach /graphql, /explorer or /import (404, no data)', async () => {
    const base = inject('dashboardUrl');
    const attempts = [
      '/export/..%2Fgraphql', '/export/..%2fgraphql', '/export/%2E%2E%2Fgraphql', '/export/..%252Fgraphql', '/export/%252E%252E%252Fgraphql',
      '/export/..%5Cgraphql', '/export/..%255Cgraphql', '/export/units.csv%2F..%2F..%2Fgraphql', '/export/..%2F..%2Fgraphql', '/export/..%25252Fgraphql',
      '/export/..%2Fexplorer', '/export/..%252Fexplorer', '/export/..%2Fimport', '/export/..%2Fhealthz', '/export/graphql', '/export/%2e%2e%5cexplorer',
    ];
    for (const path of attempts) {
      for (const method of ['GET', 'POST']) {
        const res = await raw(base, `${path}?query=${encodeURIComponent('{ __typename }')}`, { method, headers: json, body: method === 'POST' ? query : undefined });
        expect(res.status, `${method} ${path}`).toBe(404);
        expect(res.body, `${method} ${path}`).not.toMatch(/__typename|"data"|GraphiQL|totalCount|healthz|"status":"ok"/);
      }
    }
  });

  it('the export files themselves still download through it', async () => {
    const base = inject('dashboardUrl');
    const units = await raw(base, '/export/units.csv?lang=en');
    expect(units.status).toBe(200);
    expect(units.body.split('\r\n')[0]).toMatch(/^\ufeffcode,name,/);
    const two = '{ units(page: {first: 2}) { nodes { code } } }';
    const q = await raw(base, `/export/query.csv?query=${encodeURIComponent(two)}`);
    expect(q.status).toBe(200);
    const lines = q.body.trim().split('\r\n');
    expect(lines[0].replace(/^\ufeff/, '')).toBe('code');
    expect(lines.length).toBe(3);
    const post = await raw(base, '/export/query.csv', { method: 'POST', headers: json, body: JSON.stringify({ query: two }) });
    expect(post.status).toBe(200);
    expect(post.body.trim().split('\r\n')).toEqual(lines);
  });
});

describe('a cross-site form post runs no query (Chromium, page on another origin)', () => {
  /** The attacker's page: a text/plain form whose one field spells a JSON body, submitted on load. */
  function formPage(action: string): string {
    const name = JSON.stringify({ query: '{ units(page: {first: 3}) { nodes { code name } } }', pad: '' }).slice(0, -2);
    return `<!doctype html><html><body><form method="POST" enctype="text/plain" action="${action}">
      <input type="hidden" name='${name}' value='"}'></form><script>document.forms[0].submit()</script></body></html>`;
  }

  for (const target of ['api', 'dashboard'] as const) {
    it(`POST ${target} /export/query.csv as text/plain from ${'another origin'} is refused, no CSV comes back`, async () => {
      const action = `${target === 'api' ? inject('apiUrl') : inject('dashboardUrl')}/export/query.csv`;
      foreignPage = formPage(action);
      const page = await context.newPage();
      let downloaded = false;
      page.on('download', () => (downloaded = true));
      const answered = page.waitForResponse((r) => r.url() === action && r.request().method() === 'POST', { timeout: 20_000 });
      // the form navigates away (or downloads) while the page loads: wait for its answer, not for "load"
      await page.goto(foreignUrl, { waitUntil: 'commit' }).catch(() => {});
      const res = await answered;
      const sent = res.request();
      // the browser did send what an attacker wants: a cross-site, preflight-free text/plain post
      expect(sent.headers()['content-type']).toBe('text/plain');
      expect(sent.postData()).toContain('"query"');
      expect([403, 415]).toContain(res.status());
      expect(res.headers()['content-disposition']).toBeUndefined();
      expect(downloaded).toBe(false);
      await page.close();
    });
  }
});

describe('framing and sniffing', () => {
  it('every kind of dashboard response says DENY, frame-ancestors \'none\' and nosniff', async () => {
    const base = inject('dashboardUrl');
    for (const path of ['/', '/don-vi', '/export/units.csv', '/export/no-such.csv', '/healthz', '/no-such-page']) {
      const res = await raw(base, path);
      expect(res.headers['x-frame-options'], path).toBe('DENY');
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
      expect(res.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
  });

  it('a page on another origin cannot frame the dashboard or the explorer', async () => {
    const targets = [url('/'), `${inject('apiUrl')}/explorer`];
    foreignPage = `<!doctype html><html><body>${targets.map((t) => `<iframe src="${t}" width="400" height="300"></iframe>`).join('')}</body></html>`;
    const page = await context.newPage();
    const answered = Promise.all(targets.map((t) => page.waitForResponse((r) => r.url() === t, { timeout: 20_000 })));
    await page.goto(foreignUrl);
    const responses = await answered;
    expect(responses.map((r) => r.status())).toEqual([200, 200]);
    // the servers answered, and the browser refused to show them: the frames hold Chromium's error page, not the documents
    await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
    for (const frame of page.frames().slice(1)) {
      await frame.waitForLoadState('load').catch(() => {});
      const shown = frame.url();
      expect(shown === 'about:blank' || shown.startsWith('chrome-error://'), shown).toBe(true);
    }
    await page.close();
  });
});
