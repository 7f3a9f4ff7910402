import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportFile } from './export-path';

describe('exportFile: the proxy forwards only the export files it knows', () => {
  it('accepts the dataset, analytics, report and query files', () => {
    expect(exportFile('units.csv')).toBe('units.csv');
    expect(exportFile('compliance-summary.xlsx')).toBe('compliance-summary.xlsx');
    expect(exportFile('report.xlsx')).toBe('report.xlsx');
    expect(exportFile('query.csv')).toBe('query.csv');
    // an encoded but harmless name is still that name
    expect(exportFile('units%2Ecsv')).toBe('units.csv');
  });

  it('refuses traversal in every spelling, other API routes and unknown names', () => {
    for (const p of [
      '../graphql', '..%2Fgraphql', '%2E%2E%2Fgraphql', '..%252Fgraphql', '%252E%252E%252Fexplorer', '..%5Cgraphql', '..\\graphql',
      '%2e%2e/%2e%2e/healthz', 'units.csv/../../graphql', 'units.csv%2F..%2F..%2Fimport', '..%25252Fgraphql', '%25252525', '%E0%A4%A',
      'graphql', 'explorer', 'import', 'report.csv', 'units.json', 'units.csv%00', ' units.csv/', '',
    ]) {
      expect(exportFile(p), p).toBeNull();
    }
  });
});

describe('every export the dashboard links to passes the proxy', () => {
  it('each /export/<name>.<csv|xlsx> written in src/ and each ExportName is allowed', () => {
    const src = fileURLToPath(new URL('../../', import.meta.url));
    const names = new Set<string>();
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(svelte|ts)$/.test(e.name) && !e.name.includes('.test.')) {
          for (const m of fs.readFileSync(p, 'utf8').matchAll(/\/export\/([a-z][a-z-]*)\.(?:csv|xlsx|\$\{)/g)) names.add(m[1]);
        }
      }
    };
    walk(src);
    const union = /export type ExportName =([^;]+);/.exec(fs.readFileSync(path.join(src, 'lib/exports.ts'), 'utf8'))![1];
    for (const m of union.matchAll(/'([a-z-]+)'/g)) names.add(m[1]);
    expect(names.size).toBeGreaterThan(10);
    for (const n of names) {
      if (n === 'report') expect(exportFile('report.xlsx')).toBe('report.xlsx');
      else expect(exportFile(`${n}.csv`), n).toBe(`${n}.csv`);
    }
  });
});
