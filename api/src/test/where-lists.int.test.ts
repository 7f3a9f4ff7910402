import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.js';
import { withActor } from '../modules/audit/actor.js';
import type { Viewer } from '../modules/auth/viewer.js';
import type { SheetName } from '../modules/interchange/sheets.js';
import { smallCity } from './fixtures/small-city.js';
import { testDatabase, type TestDb } from './db.js';

/**
 * `where` on the remaining record lists (issue 11.3), sent over HTTP as a client would: the small
 * city of fixtures/small-city.ts plus the rows of `extra` below, every expected answer read off
 * those drawings.
 *
 * Extra requirements and their sources (besides R1, R2 of framework F, no dates, English titles
 * or sources of their own — the import's default source "Tệp nhập: test fixture", REPORT):
 *   R3 framework G "Giám sát của Nhân dân" / "Oversight by the people" SUPERVISE, from 2021-01-01,
 *      source DECISION "Quyết định số 10/QĐ-UBND", UBND thành phố, 2020-12-01, https://example.vn/qd10
 *   R4 framework F "Công khai tài chính" PUBLICIZE, until 2020-12-31,
 *      source ARTICLE "Báo Đà Nẵng: công khai", no publisher, 2019-03-04
 * Framework G is created by R3's row, with R3's source. Sources then: the default REPORT (no date),
 * the DEMO "Dữ liệu minh họa" (I8), the DECISION and the ARTICLE.
 * Teams: "Đoàn kiểm tra số 1" (committee "Ban Chỉ đạo thành phố", leader "Nguyễn Văn An"),
 * "Đoàn kiểm tra số 2" (no committee, leader "Trần Thị Bình").
 *
 * Audit trail: every row loaded is a CREATE by `test` via import; the two team updates are UPDATEs by
 * `admin` via cli (team 1 first); three entries by `historian` via migration dated 2024 (below).
 *
 * Lineage events (fixtures/small-city.ts), oldest first: E1 2020-04-01 ESTABLISH → W3; E2 2020-07-01 MERGE W2 → W1;
 * E3 2020-10-01 RENAME S1 → S2; E4 2021-01-01 SPLIT W4 → W5, W6; E5 2021-01-01 DISSOLVE D2 (no successor).
 * None has a decision. Districts of the units after: W3, W1, W5, W6 → D1; S2 → none.
 *
 * Under structure CURRENT (SPEC §4) records count under their unit's current successor: W2 → W1, W4 → W5
 * (in D1), S1 → S2; W2's I2 and I4 are W1's then, W4's I6 is W5's and in D1 (I8 is W5's own).
 *
 * Uninspected units as of 2021-06-30 (every kind but CITY; active then: D1 W1 W3 W5 W6 S2), last
 * inspection, days since, inspections: D1 and W6 never (0); W1 I1 2019-05-10, 782 days, 1
 * (with its predecessor W2: I4 2020-05-20, 406 days, 3); W3 I5 2020-08-15, 319, 1;
 * S2 I7 2021-02-01, 149, 1; W5 I8 2021-03-01, 121, 1. Order: never first, then the oldest.
 */
const extra: Partial<Record<SheetName, Record<string, string>[]>> = {
  requirements: [
    {
      framework_code: 'G', code: 'R3', title: 'Giám sát của Nhân dân', title_en: 'Oversight by the people', category: 'SUPERVISE', valid_from: '2021-01-01',
      source_kind: 'DECISION', source_title: 'Quyết định số 10/QĐ-UBND', source_publisher: 'UBND thành phố', source_published_on: '2020-12-01', source_url: 'https://example.vn/qd10',
    },
    {
      framework_code: 'F', code: 'R4', title: 'Công khai tài chính', category: 'PUBLICIZE', valid_to: '2020-12-31',
      source_kind: 'ARTICLE', source_title: 'Báo Đà Nẵng: công khai', source_published_on: '2019-03-04',
    },
  ],
};

let t: TestDb;
let app: App;
let base: string;
beforeAll(async () => {
  t = await testDatabase();
  await t.load(smallCity);
  await t.load(extra);
  // teams are created by name on import; their committee and leader are set here (no sheet carries them), by `admin` via the CLI
  await withActor(t.em(), { login: 'admin' }, 'cli', async (sql) => {
    await sql(`update inspection_team set committee = 'Ban Chỉ đạo thành phố', leader = 'Nguyễn Văn An' where name = 'Đoàn kiểm tra số 1'`);
    await sql(`update inspection_team set leader = 'Trần Thị Bình' where name = 'Đoàn kiểm tra số 2'`);
  });
  // three entries of an earlier year, around a day's end in Vietnam (UTC+7): H1 and H2 on 1 March 2024 there (H2 at
  // 16:30 UTC), H3 on 2 March there but still 1 March in UTC; entries are only ever appended, so they are inserted
  for (const [key, at] of [['W1', '2024-03-01 10:00+07'], ['W3', '2024-03-01 23:30+07'], ['W6', '2024-03-02 00:30+07']]) {
    await t.sql(`insert into audit_entry (at, actor, via, record_type, record_key, action, before, after) values (?::timestamptz, 'historian', 'migration', 'UNIT', ?, 'UPDATE', ?::jsonb, ?::jsonb)`,
      [at, key, JSON.stringify({ code: key, name: 'cũ' }), JSON.stringify({ code: key, name: 'mới' })]);
  }
  app = await createApp(t.db);
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await t?.close();
});

interface Answer {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  expect(res.headers.get('content-type')).toMatch(/json/);
  return (await res.json()) as Answer;
}

const codes = (...c: string[]) => ({ nodes: c.map((code) => ({ code })) });

const cases: { name: string; query: string; expected: Record<string, unknown> }[] = [
  {
    name: 'requirements: framework (compared by id), category, validity dates (empty: always), titles accent-insensitively, and / or / not',
    query: `{ g: requirements(where: { frameworkCode: { eq: "G" } }) { nodes { code } }
              notG: requirements(where: { frameworkCode: { notIn: ["G"] } }) { nodes { code } }
              publicize: requirements(where: { category: { in: [PUBLICIZE] } }) { totalCount nodes { code } }
              ending: requirements(where: { validTo: { isNull: false } }) { nodes { code } }
              in2021: requirements(where: { not: { or: [{ validTo: { lt: "2021-06-01" } }, { validFrom: { gt: "2021-06-01" } }] } }) { nodes { code } }
              from2021: requirements(where: { validFrom: { gte: "1/1/2021" } }) { nodes { code } }
              congKhai: requirements(where: { title: { contains: "cong khai" } }) { nodes { code } }
              english: requirements(where: { titleEn: { contains: "PEOPLE" } }) { nodes { code } }
              noEnglish: requirements(where: { titleEn: { isNull: true } }) { totalCount }
              r1orSupervise: requirements(where: { or: [{ code: { eq: "R1" } }, { category: { eq: SUPERVISE } }] }) { nodes { code } }
              withFilter: requirements(filter: { categories: [PUBLICIZE] }, where: { code: { notIn: ["R2"] } }) { nodes { code } } }`,
    expected: {
      g: codes('R3'),
      notG: codes('R1', 'R2', 'R4'),
      publicize: { totalCount: 2, ...codes('R2', 'R4') },
      ending: codes('R4'),
      in2021: codes('R1', 'R2', 'R3'),
      from2021: codes('R3'),
      congKhai: codes('R2', 'R4'),
      english: codes('R3'),
      noEnglish: { totalCount: 3 },
      r1orSupervise: codes('R1', 'R3'),
      withFilter: codes('R4'),
    },
  },
  {
    name: 'inspectionTeams: name, committee and leader (contains accent-insensitive; notIn and not keep empty fields)',
    query: `{ two: inspectionTeams(where: { name: { contains: "so 2" } }) { nodes { name } }
              notTwo: inspectionTeams(where: { not: { name: { contains: "so 2" } } }) { nodes { name } }
              noCommittee: inspectionTeams(where: { committee: { isNull: true } }) { nodes { name } }
              notCity: inspectionTeams(where: { committee: { notIn: ["Ban Chỉ đạo thành phố"] } }) { nodes { name } }
              binh: inspectionTeams(where: { leader: { contains: "binh" } }) { nodes { name } }
              either: inspectionTeams(where: { or: [{ leader: { eq: "Nguyễn Văn An" } }, { committee: { contains: "tinh" } }] }) { totalCount nodes { name } }
              none: inspectionTeams(where: { or: [] }) { totalCount } }`,
    expected: {
      two: { nodes: [{ name: 'Đoàn kiểm tra số 2' }] },
      notTwo: { nodes: [{ name: 'Đoàn kiểm tra số 1' }] },
      noCommittee: { nodes: [{ name: 'Đoàn kiểm tra số 2' }] },
      notCity: { nodes: [{ name: 'Đoàn kiểm tra số 2' }] },
      binh: { nodes: [{ name: 'Đoàn kiểm tra số 2' }] },
      either: { totalCount: 1, nodes: [{ name: 'Đoàn kiểm tra số 1' }] },
      none: { totalCount: 0 },
    },
  },
  {
    name: 'sourceDocuments: kind, title, publisher, url, publication date (empty dates kept by not)',
    query: `{ notDemo: sourceDocuments(where: { kind: { notIn: [DEMO] } }, orderBy: TITLE) { nodes { title } }
              dated: sourceDocuments(where: { publishedOn: { gte: "2020-01-01" } }) { nodes { title } }
              notDated2020: sourceDocuments(where: { not: { publishedOn: { gte: "2020-01-01" } } }) { totalCount }
              ubnd: sourceDocuments(where: { publisher: { contains: "ubnd" } }) { nodes { kind } }
              linked: sourceDocuments(where: { url: { isNull: false } }) { nodes { url } }
              congKhaiOrDemo: sourceDocuments(where: { or: [{ title: { contains: "cong khai" } }, { kind: { eq: DEMO } }] }, orderBy: TITLE) { nodes { kind } } }`,
    expected: {
      notDemo: { nodes: [{ title: 'Báo Đà Nẵng: công khai' }, { title: 'Quyết định số 10/QĐ-UBND' }, { title: 'Tệp nhập: test fixture' }] },
      dated: { nodes: [{ title: 'Quyết định số 10/QĐ-UBND' }] },
      notDated2020: { totalCount: 3 },
      ubnd: { nodes: [{ kind: 'DECISION' }] },
      linked: { nodes: [{ url: 'https://example.vn/qd10' }] },
      congKhaiOrDemo: { nodes: [{ kind: 'ARTICLE' }, { kind: 'DEMO' }] },
    },
  },
];

const units = (...c: string[]) => ({ nodes: c.map((code) => ({ unit: { code } })) });
const keys = (...k: string[]) => ({ nodes: k.map((recordKey) => ({ recordKey })) });
const asOf = 'filter: { asOf: "2021-06-30" }';

cases.push(
  {
    name: 'auditLog: login, via, record type, key (contains), action, and the day in Vietnam time (eq, ranges, in; not keeps none empty)',
    query: `{ byAdmin: auditLog(where: { login: { eq: "admin" } }) { nodes { recordType recordKey action via } }
              cli: auditLog(where: { via: { in: ["cli"] } }) { totalCount }
              teamsCreated: auditLog(where: { recordType: { eq: TEAM }, action: { eq: CREATE } }) { totalCount }
              notImport: auditLog(where: { not: { via: { eq: "import" } } }) { totalCount }
              ofI2: auditLog(where: { recordKey: { contains: "i2/" } }) { totalCount nodes { recordType } }
              i1i7: auditLog(where: { recordType: { eq: INSPECTION }, recordKey: { in: ["I1", "I7"] } }) { totalCount }
              march1: auditLog(where: { at: { eq: "2024-03-01" } }) { ...keys }
              march1To: auditLog(where: { at: { lte: "1/3/2024" } }) { ...keys }
              after1: auditLog(where: { at: { gt: "2024-03-01", lt: "2025-01-01" } }) { ...keys }
              from2: auditLog(where: { at: { gte: "2024-03-02" }, login: { contains: "HIST" } }) { ...keys }
              before2: auditLog(where: { not: { at: { gte: "2024-03-02" } } }) { ...keys }
              days: auditLog(where: { at: { in: ["2024-03-01", "2024-03-02"] } }) { ...keys }
              notDays: auditLog(where: { at: { notIn: ["2024-03-01"] }, login: { eq: "historian" } }) { ...keys }
              withFilter: auditLog(filter: { login: "historian" }, where: { or: [{ action: { eq: DELETE } }, { recordKey: { eq: "W3" } }] }) { ...keys } }
            fragment keys on AuditEntryConnection { nodes { recordKey } }`,
    expected: {
      byAdmin: { nodes: [{ recordType: 'TEAM', recordKey: 'Đoàn kiểm tra số 2', action: 'UPDATE', via: 'cli' }, { recordType: 'TEAM', recordKey: 'Đoàn kiểm tra số 1', action: 'UPDATE', via: 'cli' }] },
      cli: { totalCount: 2 },
      teamsCreated: { totalCount: 2 },
      notImport: { totalCount: 5 },
      ofI2: { totalCount: 4, nodes: [{ recordType: 'RECOMMENDATION' }, { recordType: 'RECOMMENDATION' }, { recordType: 'FINDING' }, { recordType: 'FINDING' }] },
      i1i7: { totalCount: 2 },
      march1: keys('W3', 'W1'),
      march1To: keys('W3', 'W1'),
      after1: keys('W6'),
      from2: keys('W6'),
      before2: keys('W3', 'W1'),
      days: keys('W6', 'W3', 'W1'),
      notDays: keys('W6'),
      withFilter: keys('W3'),
    },
  },
  {
    name: 'uninspectedUnits: days since, inspections, last date (never inspected: empty), the unit\'s code, kind and district; with predecessors',
    query: `{ long: uninspectedUnits(${asOf}, where: { daysSince: { gt: 300 } }) { nodes { unit { code } daysSince } }
              never: uninspectedUnits(${asOf}, where: { inspections: { eq: 0 } }) { ...u }
              noDate: uninspectedUnits(${asOf}, where: { lastInspectionDate: { isNull: true } }) { ...u }
              notThisYear: uninspectedUnits(${asOf}, where: { not: { lastInspectionDate: { gte: "2021-01-01" } } }) { ...u }
              recentWards: uninspectedUnits(${asOf}, where: { unitKind: { eq: WARD }, daysSince: { lt: 365 } }) { ...u }
              noDistrict: uninspectedUnits(${asOf}, where: { districtCode: { isNull: true } }) { ...u }
              neverOrLong: uninspectedUnits(${asOf}, where: { or: [{ inspections: { eq: 0 } }, { daysSince: { gte: 782 } }] }) { ...u }
              paged: uninspectedUnits(${asOf}, where: { unitCode: { notIn: ["W1", "D1"] } }, page: { first: 2 }) { totalCount pageInfo { hasNextPage } ...u }
              w1: uninspectedUnits(filter: { asOf: "2021-06-30", includePredecessors: true }, where: { unitCode: { eq: "W1" } }) { nodes { lastInspectionDate daysSince inspections } } }
            fragment u on UninspectedUnitConnection { nodes { unit { code } } }`,
    expected: {
      long: { nodes: [{ unit: { code: 'W1' }, daysSince: 782 }, { unit: { code: 'W3' }, daysSince: 319 }] },
      never: units('D1', 'W6'),
      noDate: units('D1', 'W6'),
      notThisYear: units('D1', 'W6', 'W1', 'W3'),
      recentWards: units('W3', 'W5'),
      noDistrict: units('S2'),
      neverOrLong: units('D1', 'W6', 'W1'),
      paged: { totalCount: 4, pageInfo: { hasNextPage: true }, ...units('W6', 'W3') },
      w1: { nodes: [{ lastInspectionDate: '2020-05-20', daysSince: 406, inspections: 3 }] },
    },
  },
);

const events = (...e: [string, string][]) => ({ nodes: e.map(([date, type]) => ({ date, type })) });
const E1: [string, string] = ['2020-04-01', 'ESTABLISH'];
const E2: [string, string] = ['2020-07-01', 'MERGE'];
const E3: [string, string] = ['2020-10-01', 'RENAME'];
const E4: [string, string] = ['2021-01-01', 'SPLIT'];
const E5: [string, string] = ['2021-01-01', 'DISSOLVE'];

cases.push({
  name: 'lineageEvents: fromUnits / toUnits / units with some, every (true without units), none, over the unit\'s code, kind, name and district; the event\'s own fields',
  query: `{ fromW2: lineageEvents(where: { fromUnits: { some: { code: { eq: "W2" } } } }) { ...e }
            toW1orW5: lineageEvents(where: { toUnits: { some: { code: { in: ["W1", "W5"] } } } }) { ...e }
            anyW1: lineageEvents(where: { units: { some: { code: { eq: "W1" } } } }) { ...e }
            fromWards: lineageEvents(where: { fromUnits: { some: { kind: { eq: WARD } } } }) { ...e }
            noPredecessor: lineageEvents(where: { fromUnits: { none: {} } }) { ...e }
            allAfterInD1: lineageEvents(where: { toUnits: { every: { districtCode: { eq: "D1" } } } }) { ...e }
            noneAfterInD1: lineageEvents(where: { toUnits: { none: { districtCode: { eq: "D1" } } } }) { ...e }
            so: lineageEvents(where: { units: { some: { name: { contains: "so" } } } }) { ...e }
            splitOrDissolveNotD2: lineageEvents(where: { type: { in: [SPLIT, DISSOLVE] }, not: { units: { some: { code: { eq: "D2" } } } } }) { ...e }
            wardsIntoTwo: lineageEvents(where: { fromUnits: { every: { kind: { eq: WARD } }, some: {} }, toUnits: { some: { code: { eq: "W6" } } } }) { ...e }
            in2021: lineageEvents(where: { year: { eq: 2021 } }) { ...e }
            beforeRename: lineageEvents(where: { date: { lt: "2020-10-01" } }) { ...e }
            decided: lineageEvents(where: { decision: { isNull: false } }) { totalCount }
            withFilter: lineageEvents(filter: { types: [MERGE, SPLIT] }, where: { or: [{ toUnits: { some: { kind: { eq: DEPARTMENT } } } }, { fromUnits: { some: { code: { eq: "W4" } } } }] }) { ...e } }
          fragment e on LineageEventConnection { nodes { date type } }`,
  expected: {
    fromW2: events(E2),
    toW1orW5: events(E2, E4),
    anyW1: events(E2),
    fromWards: events(E2, E4),
    noPredecessor: events(E1),
    allAfterInD1: events(E1, E2, E4, E5),
    noneAfterInD1: events(E3, E5),
    so: events(E3),
    splitOrDissolveNotD2: events(E4),
    wardsIntoTwo: events(E4),
    in2021: events(E4, E5),
    beforeRename: events(E1, E2),
    decided: { totalCount: 0 },
    withFilter: events(E4),
  },
});

cases.push({
  name: 'frameworks: code, title, and their requirements (some / every / none with the fields of a requirements where): F has R1 R2 R4, G has R3',
  query: `{ supervise: frameworks(where: { requirements: { some: { category: { eq: SUPERVISE } } } }) { ...f }
            allInForce: frameworks(where: { requirements: { every: { validTo: { isNull: true } } } }) { ...f }
            noCongKhai: frameworks(where: { requirements: { none: { title: { contains: "cong khai" } } } }) { ...f }
            ofF: frameworks(where: { requirements: { some: { frameworkCode: { eq: "F" } } } }) { ...f }
            f: frameworks(where: { code: { in: ["F"] } }) { ...f }
            either: frameworks(where: { or: [{ title: { contains: "g" } }, { requirements: { some: { code: { eq: "R1" } } } }] }) { totalCount ...f } }
          fragment f on FrameworkConnection { nodes { code } }`,
  expected: {
    supervise: codes('G'),
    allInForce: codes('G'),
    noCongKhai: codes('G'),
    ofF: codes('F'),
    f: codes('F'),
    either: { totalCount: 2, ...codes('F', 'G') },
  },
});

const insp = (...c: string[]) => ({ nodes: c.map((code) => ({ code })) });
const CURRENT = 'filter: { structure: CURRENT }';

cases.push({
  name: 'where under filter.structure CURRENT reads unitCode and districtCode against the successor, as filter does (W2 → W1, W4 → W5, S1 → S2); AS_OF the recorded unit',
  query: `{ w1Current: inspections(${CURRENT}, where: { unitCode: { eq: "W1" } }) { ...i }
            w1Filter: inspections(filter: { unitCode: "W1", structure: CURRENT }) { ...i }
            w2AsOf: inspections(filter: { structure: AS_OF }, where: { unitCode: { eq: "W2" } }) { ...i }
            w2Default: inspections(where: { unitCode: { in: ["W2"] } }) { ...i }
            w2Current: inspections(${CURRENT}, where: { unitCode: { eq: "W2" } }) { totalCount }
            notW1Current: inspections(${CURRENT}, where: { unitCode: { notIn: ["W1"] } }) { ...i }
            w1Contains: inspections(${CURRENT}, where: { unitCode: { contains: "w1" } }) { ...i }
            d2AsOf: inspections(where: { districtCode: { eq: "D2" } }) { ...i }
            d2Current: inspections(${CURRENT}, where: { districtCode: { eq: "D2" } }) { totalCount }
            d1Current: inspections(${CURRENT}, where: { districtCode: { in: ["D1"] } }) { totalCount }
            inDistrictCurrent: inspections(${CURRENT}, where: { not: { districtCode: { isNull: true } } }) { totalCount }
            wardOfW5Current: inspections(${CURRENT}, where: { unitCode: { eq: "W5" }, unitKind: { eq: WARD } }) { ...i }
            findingsW1: findings(${CURRENT}, where: { unitCode: { eq: "W1" } }) { totalCount }
            recommendationsW1: recommendations(${CURRENT}, where: { or: [{ unitCode: { eq: "W1" } }, { districtCode: { eq: "D2" } }] }) { totalCount }
            plansW1S2: plans(${CURRENT}, where: { unitCode: { in: ["W1", "S2"] } }) { totalCount }
            modelsS2: models(${CURRENT}, where: { unitCode: { eq: "S2" } }) { totalCount }
            awardsS2: awards(${CURRENT}, where: { unitCode: { eq: "S2" } }) { totalCount }
            awardsS2AsOf: awards(where: { unitCode: { eq: "S2" } }) { totalCount }
            nested: unit(code: "W1") { inspections(${CURRENT}, where: { unitCode: { eq: "W1" } }) { code } } }
          fragment i on InspectionConnection { nodes { code } }`,
  expected: {
    w1Current: insp('I4', 'I2', 'I1'),
    w1Filter: insp('I4', 'I2', 'I1'),
    w2AsOf: insp('I4', 'I2'),
    w2Default: insp('I4', 'I2'),
    w2Current: { totalCount: 0 },
    notW1Current: insp('I8', 'I7', 'I6', 'I5', 'I3'),
    w1Contains: insp('I4', 'I2', 'I1'),
    d2AsOf: insp('I6'),
    d2Current: { totalCount: 0 },
    d1Current: { totalCount: 6 },
    inDistrictCurrent: { totalCount: 6 },
    wardOfW5Current: insp('I8', 'I6'),
    findingsW1: { totalCount: 6 },
    recommendationsW1: { totalCount: 3 },
    plansW1S2: { totalCount: 5 },
    modelsS2: { totalCount: 1 },
    awardsS2: { totalCount: 3 },
    awardsS2AsOf: { totalCount: 1 },
    nested: { inspections: [{ code: 'I1' }] },
  },
});

describe('where on requirements, inspection teams, sources, the audit trail and uninspected units, over HTTP (issue 11.3)', () => {
  it.each(cases)('$name', async ({ query, expected }) => {
    const res = await post(query);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual(expected);
  });

  it.each([
    ['where.or[1].frameworkCode.in[0]', 'unknown framework code "NOPE"', `{ requirements(where: { or: [{ code: { eq: "R1" } }, { frameworkCode: { in: ["NOPE"] } }] }) { totalCount } }`],
    ['where.not.validFrom.lt', '"2020-02-30" is not a date', `{ requirements(where: { not: { validFrom: { lt: "2020-02-30" } } }) { totalCount } }`],
    ['where.not.not.not.not.not', 'nested more than 5 levels', `{ inspectionTeams(where: { not: { not: { not: { not: { not: { name: { eq: "Đoàn" } } } } } } }) { totalCount } }`],
    ['where.and[0].publishedOn.eq', 'null is not a value', `{ sourceDocuments(where: { and: [{ publishedOn: { eq: null } }] }) { totalCount } }`],
    ['where.or[0].at.gte', '"2024-02-30" is not a date', `{ auditLog(where: { or: [{ at: { gte: "2024-02-30" } }] }) { totalCount } }`],
    ['where.not.unitCode.in[1]', 'unknown unit code "NOPE"', `{ uninspectedUnits(where: { not: { unitCode: { in: ["W1", "NOPE"] } } }) { totalCount } }`],
    ['where.fromUnits.some.code.eq', 'unknown unit code "NOPE"', `{ lineageEvents(where: { fromUnits: { some: { code: { eq: "NOPE" } } } }) { totalCount } }`],
    ['where.units.some.not.not.not.not', 'nested more than 5 levels', `{ lineageEvents(where: { units: { some: { not: { not: { not: { not: { code: { eq: "W1" } } } } } } } }) { totalCount } }`],
    ['where.or[0].toUnits.every.districtCode.in[0]', 'unknown unit code "D9"', `{ lineageEvents(where: { or: [{ toUnits: { every: { districtCode: { in: ["D9"] } } } }] }) { totalCount } }`],
    ['where.requirements.some.frameworkCode.eq', 'unknown framework code "NOPE"', `{ frameworks(where: { requirements: { some: { frameworkCode: { eq: "NOPE" } } } }) { totalCount } }`],
    ['where.lastInspectionDate.lt', '"2021" is not a date', `{ uninspectedUnits(where: { lastInspectionDate: { lt: "2021" } }) { totalCount } }`],
  ])('bad input is BAD_USER_INPUT naming the path: %s', async (path, words, query) => {
    const res = await post(query);
    expect(res.data?.[Object.keys(res.data ?? {})[0]] ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}: .*${words.replace(/[()]/g, '\\$&')}`));
  });
});

describe('lineageEvents(where: …) for a reader scoped to D2 (issue 11.3)', () => {
  const d2: Viewer = { login: 'd2', name: null, role: 'LEADER', scopeRoots: ['D2'] };

  it('only the units of the scope are linked: W4\'s successors W5 and W6 lie outside, so SPLIT has no unit after for this reader', async () => {
    const query = `{ noSuccessor: lineageEvents(where: { toUnits: { none: {} } }) { nodes { date type } } }`;
    const admin = await post(query);
    expect(admin.data).toEqual({ noSuccessor: events(E5) });
    const own = await t.execute(query, undefined, d2);
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({ noSuccessor: events(E4, E5) });
  });

  it('a unit outside the scope named in eq is FORBIDDEN, as in filter', async () => {
    const res = await t.execute(`{ lineageEvents(where: { toUnits: { some: { code: { eq: "W5" } } } }) { totalCount } }`, undefined, d2);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const filter = await t.execute(`{ lineageEvents(filter: { unitCode: "W5" }) { totalCount } }`, undefined, d2);
    expect(filter.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('where under structure CURRENT for a reader scoped to D2 (issue 11.3)', () => {
  it('W4\'s successor W5 lies outside the scope, so W4\'s inspection I6 stays under W4 and D2, as with filter', async () => {
    const d2: Viewer = { login: 'd2', name: null, role: 'LEADER', scopeRoots: ['D2'] };
    const res = await t.execute(`{ w4: inspections(filter: { structure: CURRENT }, where: { unitCode: { eq: "W4" } }) { nodes { code } }
      d2: inspections(filter: { structure: CURRENT }, where: { districtCode: { in: ["D2"] } }) { nodes { code } }
      notW4: inspections(filter: { structure: CURRENT }, where: { unitCode: { notIn: ["W4"] } }) { totalCount } }`, undefined, d2);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ w4: { nodes: [{ code: 'I6' }] }, d2: { nodes: [{ code: 'I6' }] }, notW4: { totalCount: 0 } });
  });
});
