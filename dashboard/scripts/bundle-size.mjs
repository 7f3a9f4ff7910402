// First-load JavaScript of every page, gzipped: the kit runtime entries, the root layout and
// the page's node with all their static imports (what a browser fetches before the page is
// interactive). Prints a table and exits 1 when a page exceeds the budget. Run after `vite build`.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = 150;
const root = fileURLToPath(new URL('..', import.meta.url));
const manifestFile = path.join(root, '.svelte-kit/output/client/.vite/manifest.json');
const appFile = path.join(root, '.svelte-kit/generated/client-optimized/app.js');
const clientDir = path.join(root, 'build/client');
if (!existsSync(manifestFile) || !existsSync(clientDir)) {
  console.error('bundle-size: no build found — run `npm run build -w dashboard` first');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const byKey = (suffix) => Object.keys(manifest).find((k) => k.endsWith(suffix));

// route → node index, from the client router's dictionary: "/path": [~2] or [2, [layouts]]
const app = readFileSync(appFile, 'utf8');
const dict = app.slice(app.indexOf('dictionary = {'), app.indexOf('};', app.indexOf('dictionary = {')));
const routes = [...dict.matchAll(/"([^"]+)":\s*\[~?(\d+)/g)].map((m) => ({ route: m[1], node: Number(m[2]) }));

const gz = new Map();
function gzipped(file) {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(path.join(clientDir, file)), { level: 9 }).length);
  return gz.get(file);
}
function closure(keys) {
  const seen = new Set();
  const visit = (k) => {
    if (!k || seen.has(k)) return;
    seen.add(k);
    for (const i of manifest[k].imports ?? []) visit(i);
  };
  keys.forEach(visit);
  return [...seen].map((k) => manifest[k].file);
}

const base = [byKey('kit/src/runtime/client/entry.js'), byKey('client-optimized/app.js'), byKey('client-optimized/nodes/0.js')];
let worst = 0;
const rows = routes.map(({ route, node }) => {
  const files = closure([...base, byKey(`client-optimized/nodes/${node}.js`)]);
  const bytes = files.reduce((n, f) => n + gzipped(f), 0);
  worst = Math.max(worst, bytes);
  return { route, files: files.length, kb: bytes / 1024 };
});
rows.sort((a, b) => b.kb - a.kb);
console.log(`First-load JS per page (gzip -9), budget ${BUDGET_KB} KB`);
for (const r of rows) console.log(`  ${r.route.padEnd(28)} ${r.kb.toFixed(1).padStart(7)} KB  (${r.files} files)${r.kb > BUDGET_KB ? '  OVER BUDGET' : ''}`);
console.log(`largest: ${(worst / 1024).toFixed(1)} KB`);
process.exit(worst / 1024 > BUDGET_KB ? 1 : 0);
