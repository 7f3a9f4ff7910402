#!/usr/bin/env node
// `npm start`: runs the built API and dashboard side by side, prints their URLs, and stops both
// cleanly on Ctrl-C / SIGTERM (exit 0). The API migrates and, on an empty database, seeds itself.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const host = process.env.HOST || '127.0.0.1';
const apiPort = process.env.API_PORT || '4000';
const dashboardPort = process.env.DASHBOARD_PORT || '3000';
const browserHost = host === '0.0.0.0' ? '127.0.0.1' : host;
const apiUrl = `http://${browserHost}:${apiPort}`;
const dashboardUrl = `http://${browserHost}:${dashboardPort}`;

for (const file of ['api/dist/main.js', 'dashboard/build/index.js']) {
  if (!existsSync(join(root, file))) {
    console.error(`qcdc: ${file} is missing — run \`npm run build\` first (npm start does it for you)`);
    process.exit(1);
  }
}

const children = new Set();
let stopping = false;

function run(name, file, env) {
  const child = spawn(process.execPath, [join(root, file)], {
    cwd: root,
    env: { ...process.env, INIT_CWD: process.env.INIT_CWD || root, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) {
      console.error(`qcdc: the ${name} stopped unexpectedly (${signal ?? `exit ${code}`}); stopping the rest`);
      stop(1);
    } else if (!children.size) {
      process.exit(exitCode);
    }
  });
  return child;
}

let exitCode = 0;
function stop(code) {
  if (stopping) return;
  stopping = true;
  exitCode = code;
  if (!children.size) process.exit(code);
  for (const child of children) child.kill('SIGTERM');
  // a child that ignores SIGTERM must not keep the terminal
  setTimeout(() => {
    for (const child of children) child.kill('SIGKILL');
    process.exit(code);
  }, 10_000).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
// npm exits on SIGTERM without passing it on; when our parent is gone, stop rather than orphan the servers
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop(0);
}, 500).unref();

async function waitFor(url, what, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline && !stopping) {
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  if (!stopping) {
    console.error(`qcdc: the ${what} did not answer at ${url} within ${seconds} s`);
    stop(1);
  }
  return false;
}

run('API', 'api/dist/main.js', { API_PORT: apiPort, HOST: host });
// first start on an empty machine: initdb of the embedded database and seeding take a while
if (await waitFor(`${apiUrl}/healthz`, 'API', 300)) {
  run('dashboard', 'dashboard/build/index.js', {
    PORT: dashboardPort,
    HOST: host,
    API_URL: process.env.API_URL || `http://127.0.0.1:${apiPort}`,
    API_PUBLIC_URL: process.env.API_PUBLIC_URL || apiUrl,
    ORIGIN: process.env.ORIGIN || dashboardUrl,
  });
  if (await waitFor(dashboardUrl, 'dashboard', 60)) {
    console.log(`
  QCDC Hub is running
    Bảng điều khiển / dashboard : ${dashboardUrl}
    GraphQL API                 : ${apiUrl}/graphql
    API explorer                : ${apiUrl}/explorer
    Database                    : ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded, in ${process.env.DATA_DIR || '.data'}`}
  Ctrl-C stops both.
`);
  }
}
