import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SheetName } from '../modules/interchange/sheets.js';
import { testDatabase, type TestDb } from './db.js';

/**
 * Lists never cost a query per row: nested relations go through DataLoaders, so a page of 10 and a
 * page of 100 inspections with unit, district, team, findings, requirements, framework,
 * recommendations and source run the same number of SQL statements.
 *
 * Fixture: 20 wards W01…W20 under district D1, requirements R1…R5 of framework F, 3 teams;
 * 100 inspections K001…K100 (ward W(n mod 20), team n mod 3), each with 3 findings and 1 recommendation.
 */
const n = 100;
const pad = (i: number, w: number) => String(i).padStart(w, '0');
const fixture: Partial<Record<SheetName, Record<string, string>[]>> = {
  units: [
    { code: 'C', name: 'Thành phố', kind: 'CITY' },
    { code: 'D1', name: 'Quận Một', kind: 'DISTRICT', parent_code: 'C' },
    ...Array.from({ length: 20 }, (_, i) => ({ code: `W${pad(i + 1, 2)}`, name: `Phường ${i + 1}`, kind: 'WARD', parent_code: 'D1' })),
  ],
  requirements: Array.from({ length: 5 }, (_, i) => ({ framework_code: 'F', code: `R${i + 1}`, title: `Tiêu chí ${i + 1}`, category: 'PUBLICIZE' })),
  inspections: Array.from({ length: n }, (_, i) => ({
    code: `K${pad(i + 1, 3)}`, unit_code: `W${pad((i % 20) + 1, 2)}`, date: `2020-01-${pad((i % 28) + 1, 2)}`, team: `Đoàn kiểm tra số ${(i % 3) + 1}`, kind: 'PERIODIC',
  })),
  findings: Array.from({ length: n }, (_, i) =>
    [0, 1, 2].map((j) => ({ inspection_code: `K${pad(i + 1, 3)}`, requirement_code: `R${((i + j) % 5) + 1}`, result: 'COMPLIANT' })),
  ).flat(),
  recommendations: Array.from({ length: n }, (_, i) => ({ inspection_code: `K${pad(i + 1, 3)}`, seq: '1', text: 'Khắc phục', status: 'OPEN' })),
};

const QUERY = `query ($first: Int!) {
  inspections(page: {first: $first}) {
    totalCount
    nodes {
      code isDemo source { kind }
      unit { code district { code } }
      team { name inspectionCount }
      findings { result requirement { code framework { code } } }
      recommendations { text }
    }
  }
}`;

let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
});
afterAll(() => t?.close());

/** Runs the query and counts the SQL statements sent through the ORM's knex (every query path uses it). */
async function statements(first: number, query = QUERY): Promise<{ count: number; nodes: number }> {
  const app = await t.app();
  const knex = t.db.orm.em.getKnex();
  let count = 0;
  const onQuery = () => count++;
  knex.on('query', onQuery);
  try {
    const res = await app.execute(query, { first });
    expect(res.errors).toBeUndefined();
    return { count, nodes: (res.data as { inspections: { nodes: unknown[] } }).inspections.nodes.length };
  } finally {
    knex.removeListener('query', onQuery);
  }
}

describe('SQL statements per list request', () => {
  it('are as many for 100 inspections as for 10, and few', async () => {
    const ten = await statements(10);
    const hundred = await statements(100);
    expect(ten.nodes).toBe(10);
    expect(hundred.nodes).toBe(100);
    expect(hundred.count).toBe(ten.count);
    // ids, totalCount + inspections, units, unit_dim, districts, teams, team counts, findings,
    // requirements, frameworks, recommendations, sources: one statement each at most (the total is
    // its own count statement since the page stopped using count(*) over (), which sorts every match)
    expect(hundred.count).toBeLessThanOrEqual(13);
    expect(hundred.count).toBeGreaterThan(5); // the counter does see the loaders' statements
  });

  it('count all matches only when the client asks for totalCount', async () => {
    const withTotal = await statements(10);
    const without = await statements(10, QUERY.replace('totalCount', 'pageInfo { hasNextPage }'));
    expect(without.nodes).toBe(10);
    expect(without.count).toBe(withTotal.count - 1);
  });
});
