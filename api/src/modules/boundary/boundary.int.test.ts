import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import { formatProblem, ImportError, importPaths } from '../interchange/importer.js';
import { problemLine } from '../interchange/problem-report.js';

/**
 * Boundaries (issue 13.6) on a fixture drawn by hand (src/test/fixtures/boundaries/hai-chau.geojson),
 * squares of 0.01° in Quận Hải Châu, marked DEMO:
 *   2015–2024     W20236 [108.20–108.21] · W20239 [108.21–108.22] · W20242 [108.22–108.23] × [16.06–16.07]
 *   2025-01-01    W20236 + W20239 → W20236-2025 (a new ward: new code) [108.20–108.22] × [16.06–16.07];
 *                 W20242 absorbs its neighbours, keeps its code, and grows south to 16.05 (its second shape)
 *   2025-07-01    N19469 [108.20–108.23] × [16.05–16.07]
 */
const FIXTURE = fileURLToPath(new URL('../../test/fixtures/boundaries/hai-chau.geojson', import.meta.url));
const units: Record<string, string>[] = [
  { code: 'DN', name: 'Thành phố Đà Nẵng', kind: 'CITY' },
  { code: 'D492', name: 'Quận Hải Châu', kind: 'DISTRICT', parent_code: 'DN', valid_to: '2025-06-30' },
  { code: 'W20236', name: 'Phường Hải Châu I', kind: 'WARD', parent_code: 'D492', valid_to: '2024-12-31' },
  { code: 'W20239', name: 'Phường Hải Châu II', kind: 'WARD', parent_code: 'D492', valid_to: '2024-12-31' },
  { code: 'W20242', name: 'Phường Phước Ninh', kind: 'WARD', parent_code: 'D492', valid_to: '2025-06-30' },
  { code: 'W20236-2025', name: 'Phường Hải Châu', kind: 'WARD', parent_code: 'D492', valid_from: '2025-01-01', valid_to: '2025-06-30' },
  { code: 'N19469', name: 'Phường Hải Châu', kind: 'WARD', parent_code: 'DN', valid_from: '2025-07-01' },
];
const square = (x0: number, y0: number, x1: number, y1: number) => ({ type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] });

let t: TestDb;
let dir: string;
beforeAll(async () => {
  t = await testDatabase();
  await t.load({ units });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-boundary-test-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const QUERY = `query ($asOf: Date, $withinUnit: String) { boundaries(asOf: $asOf, withinUnit: $withinUnit) {
  type asOf features { type id geometry properties { unitCode name kind parentCode validFrom validTo sourceKind sourceTitle } } } }`;
type Collection = { type: string; asOf: string; features: { id: string; geometry: { coordinates: number[][][] }; properties: Record<string, unknown> }[] };
async function boundaries(variables: Record<string, unknown>, viewer?: Parameters<TestDb['execute']>[2]): Promise<Collection> {
  const r = await t.execute(QUERY, variables, viewer);
  expect(r.errors).toBeUndefined();
  return r.data!.boundaries as Collection;
}
const counts = async () => (await t.sql<{ b: number; a: number }>(`select (select count(*)::int from boundary) as b, (select count(*)::int from audit_entry) as a`))[0];

describe('boundaries (issue 13.6)', () => {
  it('before any import: an empty FeatureCollection', async () => {
    expect(await boundaries({ asOf: '2024-06-01' })).toEqual({ type: 'FeatureCollection', asOf: '2024-06-01', features: [] });
  });

  it('imports the GeoJSON file through the gateway: one CREATE audit entry each, provenance from the properties; again changes nothing', async () => {
    const summary = await importPaths(t.em(), [FIXTURE]);
    expect(summary.boundaries).toEqual({ created: 6, updated: 0, unchanged: 0 });
    const audit = await t.sql<{ record_key: string; source: string }>(
      `select record_key, after->>'source' as source from audit_entry where record_type = 'BOUNDARY' order by record_key collate "C"`,
    );
    expect(audit.map((a) => a.record_key)).toEqual(['N19469/…', 'W20236-2025/…', 'W20236/…', 'W20239/…', 'W20242/2025-01-01', 'W20242/…']);
    expect(new Set(audit.map((a) => a.source))).toEqual(new Set(['DEMO: Ranh giới vẽ tay để kiểm thử (ô vuông 0,01°) — không phải ranh giới thật']));
    expect((await importPaths(t.em(), [FIXTURE])).boundaries).toEqual({ created: 0, updated: 0, unchanged: 6 });
  });

  it('2024: the three square wards, with their units\' names and kinds', async () => {
    const c = await boundaries({ asOf: '2024-06-01' });
    expect(c.features.map((f) => f.id)).toEqual(['W20236', 'W20239', 'W20242']);
    expect(c.features[0]).toEqual({
      type: 'Feature', id: 'W20236', geometry: square(108.2, 16.06, 108.21, 16.07),
      properties: {
        unitCode: 'W20236', name: 'Phường Hải Châu I', kind: 'WARD', parentCode: 'D492', validFrom: null, validTo: null,
        sourceKind: 'DEMO', sourceTitle: 'Ranh giới vẽ tay để kiểm thử (ô vuông 0,01°) — không phải ranh giới thật',
      },
    });
    expect(c.features[2].geometry).toEqual(square(108.22, 16.06, 108.23, 16.07));
  });

  it('2025-03-01: the new ward W20236-2025, and W20242 in its second, larger shape; none of the ended wards', async () => {
    const c = await boundaries({ asOf: '2025-03-01' });
    expect(c.features.map((f) => f.id)).toEqual(['W20236-2025', 'W20242']);
    expect(c.features[0].geometry).toEqual(square(108.2, 16.06, 108.22, 16.07));
    expect(c.features[1].geometry).toEqual(square(108.22, 16.05, 108.23, 16.07));
    expect(c.features[1].properties).toMatchObject({ validFrom: '2025-01-01', validTo: null });
    // the last day of the first shape
    expect((await boundaries({ asOf: '2024-12-31' })).features.find((f) => f.id === 'W20242')!.geometry).toEqual(square(108.22, 16.06, 108.23, 16.07));
  });

  it('2025-08-01: only the unit formed on 2025-07-01; withinUnit and a scoped viewer see their subtree only', async () => {
    expect((await boundaries({ asOf: '2025-08-01' })).features.map((f) => f.id)).toEqual(['N19469']);
    expect((await boundaries({ asOf: '2024-06-01', withinUnit: 'W20239' })).features.map((f) => f.id)).toEqual(['W20239']);
    expect((await boundaries({ asOf: '2024-06-01', withinUnit: 'D492' })).features).toHaveLength(3);
    const scoped = { login: 'lan', name: null, role: 'ANALYST' as const, scopeRoots: ['W20242'] };
    expect((await boundaries({ asOf: '2024-06-01' }, scoped)).features.map((f) => f.id)).toEqual(['W20242']);
    const outside = await t.execute(QUERY, { asOf: '2024-06-01', withinUnit: 'W20236' }, scoped);
    expect(outside.errors?.[0]).toMatchObject({ message: 'withinUnit: no unit "W20236" in your scope', extensions: { code: 'FORBIDDEN' } });
  });

  it('a bad file: every problem named by feature and member, in English and Vietnamese, and nothing written', async () => {
    const file = path.join(dir, 'bad.geojson');
    const feature = (unit_code: unknown, geometry: unknown, more: Record<string, unknown> = {}) => ({ type: 'Feature', properties: { unit_code, ...more }, geometry });
    fs.writeFileSync(file, JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature('W20239', square(108.21, 16.06, 108.22, 16.07), { valid_from: '2020-01-01' }),
        feature('X', square(0, 0, 1, 1)),
        feature('W20236', { type: 'Point', coordinates: [108.2, 16.06] }),
        feature('W20236', { type: 'Polygon', coordinates: [[[108.2, 16.06], [108.21, 'a'], [108.21, 16.07], [108.2, 16.06]]] }),
        // the ward ended on 2024-12-31: its code must not take a 2025 shape
        feature('W20236', square(108.2, 16.06, 108.22, 16.07), { valid_from: '2025-01-01' }),
      ],
    }));
    const before = await counts();
    const e = (await importPaths(t.em(), [file]).catch((x) => x)) as ImportError;
    expect(e).toBeInstanceOf(ImportError);
    expect(e.problems.map(formatProblem)).toEqual([
      // values first (as read), then references and rules
      'bad.geojson, features[2].geometry: type "Point" is not Polygon or MultiPolygon (a boundary is an area)',
      'bad.geojson, features[3].geometry: coordinates[0][1][1] is "a", not a number',
      'bad.geojson, features[1].properties.unit_code: unknown unit code "X"',
      'bad.geojson, features[4].properties.valid_from: unit W20236 ended on 2024-12-31 (… → 2024-12-31): a boundary from 2025-01-01 is not its shape',
      // W20239's stored shape (no dates) holds in 2020 too
      'bad.geojson, features[0].properties.valid_from: boundary of unit W20239 overlaps in time with the stored boundary … → nay: give the earlier one a valid_to before the later one\'s valid_from',
    ]);
    expect(problemLine(e.problems[0], 'vi')).toBe('bad.geojson, features[2].geometry: kiểu "Point" không phải Polygon hay MultiPolygon (ranh giới là một vùng)');
    expect(await counts()).toEqual(before);
  });

  it('a file that is not a FeatureCollection, or too many vertices, is refused as a whole', async () => {
    const file = path.join(dir, 'one.geojson');
    fs.writeFileSync(file, JSON.stringify(square(0, 0, 1, 1)));
    const e = (await importPaths(t.em(), [file]).catch((x) => x)) as ImportError;
    expect(e.problems.map(formatProblem)).toEqual(['one.geojson: a boundary file is a GeoJSON FeatureCollection with "features", not "Polygon"']);
    // one ring of 300,001 vertices (the file's limit is 300,000)
    const ring = Array.from({ length: 300_000 }, (_, i) => [108 + Math.cos(i) / 100, 16 + Math.sin(i) / 100]);
    ring.push(ring[0]);
    fs.writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { unit_code: 'W20239' }, geometry: { type: 'Polygon', coordinates: [ring] } }] }));
    const big = (await importPaths(t.em(), [file]).catch((x) => x)) as ImportError;
    expect(big.problems.map(formatProblem)).toEqual([
      'one.geojson: the boundaries have 300,001 vertices, more than the 300,000 one file may hold: simplify them (e.g. mapshaper -simplify 10%) or split the file',
    ]);
  });
});
