import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORDS } from './registry.js';

const src = path.resolve(__dirname, '../..');
function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.ts$/.test(e.name) ? [p] : [];
  });
}

describe('one write path', () => {
  it('no code outside the gateway and the record declarations writes a record table', () => {
    const tables = [...new Set([...RECORDS.map((r) => r.table), 'lineage_event_unit', 'framework', 'inspection_team', 'award_decision', 'source_document'])];
    const write = new RegExp(`\\b(insert\\s+into|update|delete\\s+from)\\s+(${tables.join('|')})\\b`, 'i');
    // migrations (history), tests (fixtures of states the checks refuse), and the benchmark's
    // set-based generators of national-scale DEMO data, which write into databases of their own
    const allowed = /^(migrations\/|modules\/records\/|bench\/|scripts\/interchange-scale\.ts$)|\.record\.ts$|\.test\.ts$/;
    const offenders = files(src)
      .map((f) => path.relative(src, f).split(path.sep).join('/'))
      .filter((f) => !allowed.test(f) && write.test(fs.readFileSync(path.join(src, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
