import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Route } from '../../shared/http.js';
import { EXAMPLES, type Example } from '../analytics/examples.js';
import { explorerPage, type PageOptions } from './page.js';

/**
 * GET /explorer: GraphiQL served by the API itself, with every script and style read from
 * node_modules (graphiql 3's UMD bundle on React 18's UMD builds) — government intranets cannot
 * reach a CDN. The example queries open as tabs and stay listed in an "Examples" panel; a link
 * /explorer?query=…&variables=… (the dashboard's "Xem truy vấn") opens that query in front.
 */
const require = createRequire(import.meta.url);

interface Asset {
  file: string;
  type: string;
}

function packageDir(name: string): { dir: string; version: string } {
  const manifest = require.resolve(`${name}/package.json`);
  return { dir: path.dirname(manifest), version: (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version };
}

/** Asset URLs carry the package version, so browsers may cache them for good. */
function explorerAssets(): { urls: { react: string; reactDom: string; graphiqlJs: string; graphiqlCss: string }; files: Map<string, Asset> } {
  const react = packageDir('react');
  const reactDom = packageDir('react-dom');
  const graphiql = packageDir('graphiql');
  const files = new Map<string, Asset>();
  const add = (name: string, file: string, type: string) => {
    files.set(name, { file, type });
    return `${ASSET_PREFIX}${name}`;
  };
  const js = 'text/javascript; charset=utf-8';
  return {
    urls: {
      react: add(`react-${react.version}.production.min.js`, path.join(react.dir, 'umd/react.production.min.js'), js),
      reactDom: add(`react-dom-${reactDom.version}.production.min.js`, path.join(reactDom.dir, 'umd/react-dom.production.min.js'), js),
      graphiqlJs: add(`graphiql-${graphiql.version}.min.js`, path.join(graphiql.dir, 'graphiql.min.js'), js),
      graphiqlCss: add(`graphiql-${graphiql.version}.min.css`, path.join(graphiql.dir, 'graphiql.min.css'), 'text/css; charset=utf-8'),
    },
    files,
  };
}

export const EXPLORER_PATH = '/explorer';
const ASSET_PREFIX = `${EXPLORER_PATH}/assets/`;

export function explorerRoute(options: { endpoint?: string; examples?: Example[] } = {}): Route {
  const { urls, files } = explorerAssets();
  for (const asset of files.values()) {
    if (!fs.existsSync(asset.file)) throw new Error(`explorer asset missing: ${asset.file} (reinstall the api workspace)`);
  }
  const pageOptions: PageOptions = { assets: urls, endpoint: options.endpoint ?? '/graphql', examples: options.examples ?? EXAMPLES };
  const html = explorerPage(pageOptions);
  // gzip once, on first request: graphiql.min.js is 3.5 MB and ~0.8 MB compressed
  const gzipped = new Map<string, Buffer>();

  return async (req, res, url) => {
    if (url.pathname === EXPLORER_PATH || url.pathname === `${EXPLORER_PATH}/`) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const query = url.searchParams.get('query');
      // the plain page is built once; a deep link gets its own (its text escaped inside the data JSON)
      const body = query ? explorerPage(pageOptions, { query, variables: url.searchParams.get('variables') ?? '' }) : html;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    }
    if (url.pathname === '/favicon.ico') {
      // browsers ask for it on every explorer visit; nothing to show, and no 404 in their console
      res.writeHead(204, { 'cache-control': 'public, max-age=86400' }).end();
      return true;
    }
    if (!url.pathname.startsWith(ASSET_PREFIX)) return false;
    const name = url.pathname.slice(ASSET_PREFIX.length);
    const asset = files.get(name);
    if (!asset || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    const headers: Record<string, string> = {
      'content-type': asset.type,
      'cache-control': 'public, max-age=31536000, immutable',
      vary: 'accept-encoding',
    };
    let body: Buffer;
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      if (!gzipped.has(name)) gzipped.set(name, zlib.gzipSync(await fs.promises.readFile(asset.file)));
      body = gzipped.get(name)!;
      headers['content-encoding'] = 'gzip';
    } else {
      body = await fs.promises.readFile(asset.file);
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
