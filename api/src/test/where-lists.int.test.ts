import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.js';
import { withActor } from '../modules/audit/actor.js';
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

describe('where on requirements, inspection teams and sources, over HTTP (issue 11.3)', () => {
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
  ])('bad input is BAD_USER_INPUT naming the path: %s', async (path, words, query) => {
    const res = await post(query);
    expect(res.data?.[Object.keys(res.data ?? {})[0]] ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}: .*${words.replace(/[()]/g, '\\$&')}`));
  });
});
