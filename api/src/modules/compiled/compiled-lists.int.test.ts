import { execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../loaders.js';
import { buildSchema } from '../../schema.js';
import { testDatabase, type TestDb } from '../../test/db.js';
import type { MaybeViewer, Viewer } from '../auth/viewer.js';
import { compiledPlan } from './compiled-lists.js';

/**
 * Record lists compiled to one JSON-building statement (issue 12) answer exactly what the
 * resolvers answer. Fixture drawn here:
 *
 *   C ─┬─ D1 ─┬─ W1 Phường Một     I1 01/03/2024 GOOD PERIODIC, team Đoàn 1: R1 COMPLIANT "đủ", R2 PARTIAL
 *      │      └─ W2 Phường Hai     I2 10/05/2023 no kind, no rating, team Đoàn 2: no findings
 *      └─ D2 ─── W3 Phường Ba      I3 05/01/2022 THEMATIC EXCELLENT, team Đoàn 1: R2 NON_COMPLIANT
 *   recommendations: I1 #1 OPEN due 30/06/2024, I1 #2 RESOLVED on 01/05/2024, I3 #1 IN_PROGRESS due 31/12/2022
 *   a DRAFT by `insp` (INSPECTOR of D1) on W1, 01/06/2024: only its author (and ADMIN) see it.
 */
let t: TestDb;
const v = (login: string, role: Viewer['role'], scopeRoots: string[] = []): Viewer => ({ login, name: null, role, scopeRoots });
const insp = v('insp', 'INSPECTOR', ['D1']);
const officer = v('off', 'UNIT_OFFICER', ['W3']);
const analyst = v('an', 'ANALYST');
const admin = v('ad', 'ADMIN');

beforeAll(async () => {
  t = await testDatabase();
  await t.load({
    units: [
      { code: 'C', name: 'Thành phố', kind: 'CITY' },
      { code: 'D1', name: 'Quận Một', kind: 'DISTRICT', parent_code: 'C' },
      { code: 'D2', name: 'Quận Hai', kind: 'DISTRICT', parent_code: 'C' },
      { code: 'W1', name: 'Phường Một', name_en: 'Ward One', kind: 'WARD', parent_code: 'D1' },
      { code: 'W2', name: 'Phường Hai', kind: 'WARD', parent_code: 'D1', valid_to: '2024-06-30' },
      { code: 'W3', name: 'Phường Ba', kind: 'WARD', parent_code: 'D2' },
    ],
    requirements: [
      { framework_code: 'L10', code: 'R1', title: 'Công khai', title_en: 'Publicity', category: 'PUBLICIZE', valid_from: '2015-01-01' },
      { framework_code: 'L10', code: 'R2', title: 'Ban chỉ đạo', category: 'ORGANIZATION' },
    ],
    inspections: [
      { code: 'I1', unit_code: 'W1', date: '2024-03-01', team: 'Đoàn 1', kind: 'PERIODIC', rating: 'GOOD', leader: 'Ông A' },
      { code: 'I2', unit_code: 'W2', date: '2023-05-10', team: 'Đoàn 2' },
      { code: 'I3', unit_code: 'W3', date: '2022-01-05', team: 'Đoàn 1', kind: 'THEMATIC', rating: 'EXCELLENT', conclusion: 'Tốt' },
    ],
    findings: [
      { inspection_code: 'I1', requirement_code: 'R1', result: 'COMPLIANT', note: 'đủ' },
      { inspection_code: 'I1', requirement_code: 'R2', result: 'PARTIAL' },
      { inspection_code: 'I3', requirement_code: 'R2', result: 'NON_COMPLIANT' },
    ],
    recommendations: [
      { inspection_code: 'I1', seq: '1', text: 'Niêm yết công khai', due_date: '2024-06-30', status: 'OPEN' },
      { inspection_code: 'I1', seq: '2', text: 'Kiện toàn ban', status: 'RESOLVED', resolved_on: '2024-05-01' },
      { inspection_code: 'I3', seq: '1', text: 'Họp dân', due_date: '2022-12-31', status: 'IN_PROGRESS' },
    ],
  });
  const draft = await t.execute(
    'mutation($input: InspectionInput!) { createInspection(input: $input) { code status } }',
    { input: { unitCode: 'W1', date: '2024-06-01', team: 'Đoàn 1', kind: 'PERIODIC', findings: [{ requirementCode: 'R1', result: 'PARTIAL' }] } },
    insp,
  );
  expect(draft.errors).toBeUndefined();
}, 120_000);
afterAll(() => t?.close());

const NESTED = `inspections(page: {first: 10}) { totalCount pageInfo { hasNextPage endCursor } nodes { code date kind rating leader conclusion status
  unit { code name nameEn kind validTo } team { name } findings { result note requirement { code title titleEn category validFrom } } } }`;

/** The answer and the number of SQL statements, through the app (Apollo, then the compiled executor). */
async function viaApp(query: string, viewer: MaybeViewer = null, variables?: Record<string, unknown>) {
  const knex = t.db.orm.em.getKnex();
  let statements = 0;
  const count = () => statements++;
  knex.on('query', count);
  try {
    const res = await t.execute(query, variables, viewer);
    return { res, statements };
  } finally {
    knex.removeListener('query', count);
  }
}

/** The same operation through graphql-js and the resolvers alone. */
async function viaResolvers(query: string, viewer: MaybeViewer = null, variables?: Record<string, unknown>) {
  const res = await execute({ schema: await buildSchema(), document: parse(query), contextValue: createContext(t.db.orm.em, viewer), variableValues: variables });
  return JSON.parse(JSON.stringify(res)) as { data?: unknown; errors?: { message: string }[] };
}

describe('compiled record lists', () => {
  it('answer the page drawn above, in one statement plus the count', async () => {
    const { res, statements } = await viaApp(`{ ${NESTED} }`);
    expect(res.errors).toBeUndefined();
    expect(statements).toBe(2); // the page's JSON, and totalCount
    expect(res.data).toEqual({
      inspections: {
        totalCount: 3,
        pageInfo: { hasNextPage: false, endCursor: Buffer.from('o:3').toString('base64url') },
        nodes: [
          {
            code: 'I1', date: '2024-03-01', kind: 'PERIODIC', rating: 'GOOD', leader: 'Ông A', conclusion: null, status: 'APPROVED',
            unit: { code: 'W1', name: 'Phường Một', nameEn: 'Ward One', kind: 'WARD', validTo: null },
            team: { name: 'Đoàn 1' },
            findings: [
              { result: 'COMPLIANT', note: 'đủ', requirement: { code: 'R1', title: 'Công khai', titleEn: 'Publicity', category: 'PUBLICIZE', validFrom: '2015-01-01' } },
              { result: 'PARTIAL', note: null, requirement: { code: 'R2', title: 'Ban chỉ đạo', titleEn: null, category: 'ORGANIZATION', validFrom: null } },
            ],
          },
          {
            code: 'I2', date: '2023-05-10', kind: null, rating: null, leader: null, conclusion: null, status: 'APPROVED',
            unit: { code: 'W2', name: 'Phường Hai', nameEn: null, kind: 'WARD', validTo: '2024-06-30' },
            team: { name: 'Đoàn 2' },
            findings: [],
          },
          {
            code: 'I3', date: '2022-01-05', kind: 'THEMATIC', rating: 'EXCELLENT', leader: null, conclusion: 'Tốt', status: 'APPROVED',
            unit: { code: 'W3', name: 'Phường Ba', nameEn: null, kind: 'WARD', validTo: null },
            team: { name: 'Đoàn 1' },
            findings: [{ result: 'NON_COMPLIANT', note: null, requirement: { code: 'R2', title: 'Ban chỉ đạo', titleEn: null, category: 'ORGANIZATION', validFrom: null } }],
          },
        ],
      },
    });
  });

  it('page with cursors: two, then the rest', async () => {
    const first = await viaApp('{ inspections(page: {first: 2}) { pageInfo { hasNextPage endCursor } nodes { code } } }');
    expect(first.statements).toBe(1);
    expect(first.res.data).toEqual({ inspections: { pageInfo: { hasNextPage: true, endCursor: Buffer.from('o:2').toString('base64url') }, nodes: [{ code: 'I1' }, { code: 'I2' }] } });
    const rest = await viaApp('query ($after: String) { inspections(page: {first: 2, after: $after}) { pageInfo { hasNextPage endCursor } nodes { code } } }', null, { after: Buffer.from('o:2').toString('base64url') });
    expect(rest.res.data).toEqual({ inspections: { pageInfo: { hasNextPage: false, endCursor: Buffer.from('o:3').toString('base64url') }, nodes: [{ code: 'I3' }] } });
  });

  it('keep the list\'s filter, where, order, scope and review status', async () => {
    const q = (args: string) => `{ inspections${args ? `(${args})` : ''} { nodes { code } } }`;
    const codes = async (args: string, viewer: MaybeViewer = null) => {
      expect(compiledPlan(t.db.orm.em, parse(q(args)))).not.toBeNull();
      const { res } = await viaApp(q(args), viewer);
      expect(res.errors).toBeUndefined();
      return (res.data as { inspections: { nodes: { code: string }[] } }).inspections.nodes.map((n) => n.code);
    };
    expect(await codes('filter: {districtCode: "D1"}, orderBy: DATE_ASC')).toEqual(['I2', 'I1']);
    expect(await codes('where: {rating: {gte: GOOD}}')).toEqual(['I1', 'I3']);
    // the draft: its author and ADMIN see it; anonymous readers, analysts and the officer of W3 do not
    expect(await codes('')).toEqual(['I1', 'I2', 'I3']);
    expect(await codes('', analyst)).toEqual(['I1', 'I2', 'I3']);
    expect((await codes('', insp)).length).toBe(3); // D1's: the draft, I1, I2
    expect(await codes('', officer)).toEqual(['I3']);
    expect((await codes('', admin)).length).toBe(4);
  });

  it('give what the resolvers give, to every reader, field for field', async () => {
    const queries = [
      `{ ${NESTED} }`,
      `{ a: ${NESTED.replace('first: 10', 'first: 1')} b: inspections(orderBy: CODE) { __typename pageInfo { __typename endCursor } nodes { __typename id x: code unit { id } } } }`,
      '{ inspections(where: {kind: {eq: PERIODIC}}) { nodes { code findings { requirement { code } } recommendations { seq text status dueDate resolvedOn } } } }',
      '{ findings(filter: {results: [NON_COMPLIANT, PARTIAL]}) { totalCount nodes { result note requirement { code } inspection { code date unit { code name } } } } }',
      '{ recommendations(orderBy: STATUS) { pageInfo { hasNextPage } nodes { seq text dueDate status resolvedOn progressOn inspection { code unit { code } findings { result } } } } }',
    ];
    for (const viewer of [null, insp, officer, analyst, admin]) {
      for (const query of queries) {
        const { res } = await viaApp(query, viewer);
        expect(res.errors).toBeUndefined();
        expect(JSON.stringify(res.data)).toBe(JSON.stringify((await viaResolvers(query, viewer)).data));
      }
    }
  });

  it('answer findings and recommendations with their inspections, as drawn above', async () => {
    const open = await viaApp('{ recommendations(filter: {openOn: "2024-12-31"}) { nodes { seq text dueDate status inspection { code unit { code } } } } }');
    expect(open.statements).toBe(1);
    expect(open.res.data).toEqual({
      recommendations: {
        nodes: [
          { seq: 1, text: 'Họp dân', dueDate: '2022-12-31', status: 'IN_PROGRESS', inspection: { code: 'I3', unit: { code: 'W3' } } },
          { seq: 1, text: 'Niêm yết công khai', dueDate: '2024-06-30', status: 'OPEN', inspection: { code: 'I1', unit: { code: 'W1' } } },
        ],
      },
    });
    const bad = await viaApp('{ findings(filter: {results: [NON_COMPLIANT, PARTIAL]}) { nodes { result requirement { code } inspection { code } } } }');
    expect(bad.statements).toBe(1);
    expect(bad.res.data).toEqual({
      findings: {
        nodes: [
          { result: 'PARTIAL', requirement: { code: 'R2' }, inspection: { code: 'I1' } },
          { result: 'NON_COMPLIANT', requirement: { code: 'R2' }, inspection: { code: 'I3' } },
        ],
      },
    });
  });

  it('leave to the resolvers what they do not compile, and bad input', async () => {
    // isDemo is computed: the ordinary execution answers it
    const schemaDoc = parse('{ inspections { nodes { code isDemo } } }');
    expect(compiledPlan(t.db.orm.em, schemaDoc)).toBeNull();
    expect(compiledPlan(t.db.orm.em, parse(`{ ${NESTED} }`))).not.toBeNull();
    const demo = await viaApp('{ inspections(page: {first: 1}) { nodes { code isDemo } } }');
    expect(demo.res.data).toEqual({ inspections: { nodes: [{ code: 'I1', isDemo: false }] } });
    expect(demo.statements).toBeGreaterThan(1);
    // refused arguments get the resolvers' own located errors
    const bad = await viaApp('{ inspections(page: {first: 0}) { nodes { code } } }');
    expect(bad.res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, path: ['inspections'] });
    expect(bad.res.errors?.[0].message).toMatch(/page\.first/);
    const unknown = await viaApp('{ inspections(filter: {unitCode: "NOPE"}) { nodes { code } } }');
    expect(unknown.res.errors?.[0].message).toMatch(/NOPE/);
  });
});
