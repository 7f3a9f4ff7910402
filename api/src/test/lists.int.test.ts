import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallCity } from './fixtures/small-city.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { testDatabase, type TestDb } from './db.js';

/**
 * The record lists and lineage fields on the small city of fixtures/small-city.ts: each case is a
 * query beside the answer read off the drawing there.
 */
const cases: { name: string; query: string; expected: Record<string, unknown> }[] = [
  {
    name: 'inspections of district D1 (its wards, incl. W5 formed from W4), oldest first',
    query: `{ inspections(filter: {districtCode: "D1"}, orderBy: DATE_ASC) { totalCount nodes { code unit { code } } } }`,
    expected: {
      inspections: {
        totalCount: 5,
        nodes: [
          { code: 'I1', unit: { code: 'W1' } }, { code: 'I2', unit: { code: 'W2' } }, { code: 'I4', unit: { code: 'W2' } },
          { code: 'I5', unit: { code: 'W3' } }, { code: 'I8', unit: { code: 'W5' } },
        ],
      },
    },
  },
  {
    name: 'inspections by DEMO flag, team and unit kind',
    query: `{ demo: inspections(filter: {demo: true}) { nodes { code isDemo } }
              real2021: inspections(filter: {demo: false, fromYear: 2021}) { nodes { code isDemo } }
              team2depts: inspections(filter: {team: "Đoàn kiểm tra số 2", unitKinds: [DEPARTMENT]}) { nodes { code } } }`,
    expected: {
      demo: { nodes: [{ code: 'I8', isDemo: true }] },
      real2021: { nodes: [{ code: 'I7', isDemo: false }] },
      team2depts: { nodes: [{ code: 'I7' }, { code: 'I3' }] },
    },
  },
  {
    name: 'inspections by rating: best first, the newest first within a rating',
    query: `{ inspections(orderBy: RATING, page: {first: 3}) { nodes { code rating } } }`,
    expected: { inspections: { nodes: [{ code: 'I5', rating: 'EXCELLENT' }, { code: 'I3', rating: 'GOOD' }, { code: 'I1', rating: 'GOOD' }] } },
  },
  {
    name: 'findings NOT_APPLICABLE, oldest first',
    query: `{ findings(filter: {results: [NOT_APPLICABLE]}, orderBy: DATE_ASC) { totalCount nodes { inspection { code } requirement { code } } } }`,
    expected: {
      findings: {
        totalCount: 3,
        nodes: [
          { inspection: { code: 'I2' }, requirement: { code: 'R2' } },
          { inspection: { code: 'I4' }, requirement: { code: 'R2' } },
          { inspection: { code: 'I6' }, requirement: { code: 'R2' } },
        ],
      },
    },
  },
  {
    name: 'findings of the subtree of D2, of R1 in 2021, and the worst first',
    query: `{ d2: findings(filter: {withinUnit: "D2"}) { nodes { inspection { code } result } }
              r1: findings(filter: {requirementCodes: ["R1"], fromYear: 2021}) { nodes { inspection { code } result } }
              worst: findings(orderBy: RESULT, page: {first: 2}) { nodes { inspection { code } result } } }`,
    expected: {
      d2: { nodes: [{ inspection: { code: 'I6' }, result: 'NOT_APPLICABLE' }] },
      r1: { nodes: [{ inspection: { code: 'I8' }, result: 'PARTIAL' }, { inspection: { code: 'I7' }, result: 'NON_COMPLIANT' }] },
      worst: { nodes: [{ inspection: { code: 'I7' }, result: 'NON_COMPLIANT' }, { inspection: { code: 'I2' }, result: 'NON_COMPLIANT' }] },
    },
  },
  {
    name: 'recommendations open and overdue at 2020-12-31, and by status',
    query: `{ open: recommendations(filter: {openOn: "2020-12-31"}) { totalCount nodes { inspection { code } seq dueDate isOpen(on: "2020-12-31") } }
              overdue: recommendations(filter: {overdueOn: "2020-12-31"}) { nodes { inspection { code } seq } }
              statusOpen: recommendations(filter: {statuses: [OPEN]}) { nodes { inspection { code } seq } } }`,
    expected: {
      open: {
        totalCount: 3,
        nodes: [
          { inspection: { code: 'I2' }, seq: 2, dueDate: '2019-12-31', isOpen: true },
          { inspection: { code: 'I6' }, seq: 1, dueDate: '2021-02-28', isOpen: true },
          { inspection: { code: 'I3' }, seq: 1, dueDate: null, isOpen: true },
        ],
      },
      overdue: { nodes: [{ inspection: { code: 'I2' }, seq: 2 }] },
      statusOpen: { nodes: [{ inspection: { code: 'I2' }, seq: 2 }, { inspection: { code: 'I7' }, seq: 1 }] },
    },
  },
  {
    name: 'awards 2015–2020: dated decisions by date, the undated 2015–2020 one (period overlaps) last',
    query: `{ awards(filter: {fromYear: 2015, toYear: 2020}) { totalCount nodes { recipient { code } decision { number period } } }
              d1: awards(filter: {districtCode: "D1", period: "2015-2020"}) { nodes { recipient { code } } } }`,
    expected: {
      awards: {
        totalCount: 7,
        nodes: [
          { recipient: { code: 'S1' }, decision: { number: '01/QĐ-UBND', period: null } },
          { recipient: { code: 'W1' }, decision: { number: '01/QĐ-UBND', period: null } },
          { recipient: { code: 'W2' }, decision: { number: '01/QĐ-UBND', period: null } },
          { recipient: { code: 'W1' }, decision: { number: '05/QĐ-UBND', period: null } },
          { recipient: { code: 'W3' }, decision: { number: '05/QĐ-UBND', period: null } },
          { recipient: { code: 'S1' }, decision: { number: null, period: '2015-2020' } },
          { recipient: { code: 'W1' }, decision: { number: null, period: '2015-2020' } },
        ],
      },
      d1: { nodes: [{ recipient: { code: 'W1' } }] },
    },
  },
  {
    name: 'award decisions by period, then by date',
    query: `{ awardDecisions(orderBy: PERIOD) { totalCount nodes { number date period kind awards { recipient { code } } } } }`,
    expected: {
      awardDecisions: {
        totalCount: 4,
        nodes: [
          { number: null, date: null, period: '2015-2020', kind: 'BANG_KHEN', awards: [{ recipient: { code: 'S1' } }, { recipient: { code: 'W1' } }] },
          { number: '02/QĐ-UBND', date: '2021-01-20', period: '2016-2020', kind: 'BANG_KHEN', awards: [{ recipient: { code: 'S2' } }, { recipient: { code: 'W5' } }] },
          { number: '01/QĐ-UBND', date: '2019-12-20', period: null, kind: 'BANG_KHEN', awards: [{ recipient: { code: 'S1' } }, { recipient: { code: 'W1' } }, { recipient: { code: 'W2' } }] },
          { number: '05/QĐ-UBND', date: '2020-12-15', period: null, kind: 'GIAY_KHEN', awards: [{ recipient: { code: 'W1' } }, { recipient: { code: 'W3' } }] },
        ],
      },
    },
  },
  {
    name: 'plans of 2020 by unit, and of wards',
    query: `{ all: plans(filter: {fromYear: 2020, toYear: 2020}, orderBy: UNIT) { nodes { unit { code } year documentNumber } }
              wards: plans(filter: {fromYear: 2020, toYear: 2020, unitKinds: [WARD]}, orderBy: UNIT) { totalCount } }`,
    expected: {
      all: {
        nodes: [
          { unit: { code: 'D1' }, year: 2020, documentNumber: null }, { unit: { code: 'S1' }, year: 2020, documentNumber: null },
          { unit: { code: 'W1' }, year: 2020, documentNumber: '3/KH-UBND' }, { unit: { code: 'W3' }, year: 2020, documentNumber: null },
        ],
      },
      wards: { totalCount: 2 },
    },
  },
  {
    name: 'models by accent-insensitive title search; sources of kind DEMO',
    query: `{ models(filter: {search: "mo hinh b"}) { nodes { title unit { code } field level } }
              sourceDocuments(filter: {kinds: [DEMO]}) { nodes { title isDemo } } }`,
    expected: {
      models: { nodes: [{ title: 'Mô hình B', unit: { code: 'S2' }, field: 'Chuyển đổi số', level: 'Cấp thành phố' }] },
      sourceDocuments: { nodes: [{ title: 'Dữ liệu minh họa', isDemo: true }] },
    },
  },
  {
    name: 'lineage events by unit, type and subtree',
    query: `{ w4: lineageEvents(filter: {unitCode: "W4"}) { nodes { date type fromUnits { code } toUnits { code } } }
              mr: lineageEvents(filter: {types: [MERGE, RENAME]}, orderBy: DATE_DESC) { nodes { date type } }
              d2: lineageEvents(filter: {withinUnit: "D2"}) { totalCount } }`,
    expected: {
      w4: { nodes: [{ date: '2021-01-01', type: 'SPLIT', fromUnits: [{ code: 'W4' }], toUnits: [{ code: 'W5' }, { code: 'W6' }] }] },
      mr: { nodes: [{ date: '2020-10-01', type: 'RENAME' }, { date: '2020-07-01', type: 'MERGE' }] },
      d2: { totalCount: 2 }, // W4's split and D2's dissolution
    },
  },
  {
    name: 'requirements, a requirement by code with its framework, frameworks',
    query: `{ requirements(filter: {categories: [PUBLICIZE]}) { nodes { code category } }
              requirement(code: "R1") { title framework { code requirements { code } } }
              frameworks { totalCount nodes { code } } }`,
    expected: {
      requirements: { nodes: [{ code: 'R2', category: 'PUBLICIZE' }] },
      requirement: { title: 'Trách nhiệm người đứng đầu', framework: { code: 'F', requirements: [{ code: 'R1' }, { code: 'R2' }] } },
      frameworks: { totalCount: 1, nodes: [{ code: 'F' }] },
    },
  },
  {
    name: 'inspection teams with their inspection counts',
    query: `{ inspectionTeams(orderBy: INSPECTIONS) { nodes { name inspectionCount } } inspectionTeam(name: "Đoàn kiểm tra số 2") { inspectionCount } }`,
    expected: {
      inspectionTeams: { nodes: [{ name: 'Đoàn kiểm tra số 1', inspectionCount: 4 }, { name: 'Đoàn kiểm tra số 2', inspectionCount: 4 }] },
      inspectionTeam: { inspectionCount: 4 },
    },
  },
  {
    name: 'units of district D1 in Vietnamese alphabetical order; accent-insensitive search',
    query: `{ d1: units(filter: {districtCode: "D1"}, orderBy: NAME) { nodes { name } }
              search: units(filter: {search: "ke hoach"}) { nodes { code } }
              literal: units(filter: {search: "50%"}) { totalCount } }`,
    expected: {
      d1: { nodes: [{ name: 'Phường Ba' }, { name: 'Phường Hai' }, { name: 'Phường Một' }, { name: 'Phường Năm' }, { name: 'Phường Sáu' }, { name: 'Quận Một' }] },
      search: { nodes: [{ code: 'S1' }] },
      literal: { totalCount: 0 },
    },
  },
  {
    name: 'lineage on units: merge, split, rename, dissolution without successor, mid-year establishment',
    query: `{ w1: unit(code: "W1") { predecessors { code } successors { code } currentSuccessor { code } district { code }
                  history { units { code } inspections { code } awards { recipient { code } decision { number } } } }
              w4: unit(code: "W4") { successors { code } currentSuccessor { code } district { code } on: isActive(on: "2020-12-31") after: isActive(on: "2021-01-01") }
              d2: unit(code: "D2") { currentSuccessor { code } lineageEvents { type toUnits { code } } }
              s2: unit(code: "S2") { predecessors { code } lineageEvents { type } district { code } history { inspections { code } } }
              w3: unit(code: "W3") { predecessors { code } lineageEvents { date type } } }`,
    expected: {
      w1: {
        predecessors: [{ code: 'W2' }], successors: [], currentSuccessor: { code: 'W1' }, district: { code: 'D1' },
        history: {
          units: [{ code: 'W1' }, { code: 'W2' }],
          inspections: [{ code: 'I1' }, { code: 'I2' }, { code: 'I4' }],
          // the undated 2015–2020 decision first, then 01 (W1, W2) and 05 by date
          awards: [
            { recipient: { code: 'W1' }, decision: { number: null } }, { recipient: { code: 'W1' }, decision: { number: '01/QĐ-UBND' } },
            { recipient: { code: 'W2' }, decision: { number: '01/QĐ-UBND' } }, { recipient: { code: 'W1' }, decision: { number: '05/QĐ-UBND' } },
          ],
        },
      },
      w4: { successors: [{ code: 'W5' }, { code: 'W6' }], currentSuccessor: { code: 'W5' }, district: { code: 'D2' }, on: true, after: false },
      d2: { currentSuccessor: { code: 'D2' }, lineageEvents: [{ type: 'DISSOLVE', toUnits: [] }] },
      s2: { predecessors: [{ code: 'S1' }], lineageEvents: [{ type: 'RENAME' }], district: null, history: { inspections: [{ code: 'I3' }, { code: 'I7' }] } },
      w3: { predecessors: [], lineageEvents: [{ date: '2020-04-01', type: 'ESTABLISH' }] },
    },
  },
  {
    name: 'where (issue 11.3): rating EXCELLENT or a kind other than PERIODIC',
    query: `{ inspections(where: { or: [{ rating: { in: [EXCELLENT] } }, { not: { kind: { eq: PERIODIC } } }] }, orderBy: DATE_ASC) { totalCount nodes { code kind rating } } }`,
    expected: {
      inspections: {
        totalCount: 4,
        nodes: [
          { code: 'I3', kind: 'THEMATIC', rating: 'GOOD' }, { code: 'I4', kind: 'FOLLOW_UP', rating: null },
          { code: 'I5', kind: 'PERIODIC', rating: 'EXCELLENT' }, { code: 'I6', kind: 'UNANNOUNCED', rating: null },
        ],
      },
    },
  },
  {
    name: 'where: not team 2; ratings in their order (unrated: neither worse nor better, kept by not); dates; team by accent-free text',
    query: `{ notTeam2: inspections(where: { not: { team: { eq: "Đoàn kiểm tra số 2" } } }, orderBy: DATE_ASC) { nodes { code } }
              goodOrBetter: inspections(where: { rating: { gte: GOOD } }, orderBy: DATE_ASC) { nodes { code } }
              worse: inspections(where: { rating: { lt: GOOD } }, orderBy: DATE_ASC) { nodes { code } }
              notGood: inspections(where: { not: { rating: { gte: GOOD } } }, orderBy: DATE_ASC) { nodes { code } }
              unrated: inspections(where: { rating: { isNull: true } }, orderBy: DATE_ASC) { nodes { code } }
              before2020: inspections(where: { date: { lt: "2020-01-01" } }, orderBy: DATE_ASC) { totalCount nodes { code } }
              team2In2020: inspections(where: { team: { contains: "so 2" }, year: { eq: 2020 } }, orderBy: DATE_ASC) { nodes { code } } }`,
    expected: {
      notTeam2: { nodes: [{ code: 'I1' }, { code: 'I4' }, { code: 'I5' }, { code: 'I8' }] },
      goodOrBetter: { nodes: [{ code: 'I1' }, { code: 'I3' }, { code: 'I5' }] },
      worse: { nodes: [{ code: 'I2' }, { code: 'I7' }] },
      notGood: { nodes: [{ code: 'I2' }, { code: 'I4' }, { code: 'I6' }, { code: 'I7' }, { code: 'I8' }] },
      unrated: { nodes: [{ code: 'I4' }, { code: 'I6' }, { code: 'I8' }] },
      before2020: { totalCount: 2, nodes: [{ code: 'I1' }, { code: 'I2' }] },
      team2In2020: { nodes: [{ code: 'I3' }, { code: 'I6' }] },
    },
  },
  {
    name: 'where: districts (S1, S2 have none), units, with filter; and: [] is everything, or: [] nothing',
    query: `{ noDistrict: inspections(where: { districtCode: { isNull: true } }, orderBy: DATE_ASC) { nodes { code } }
              notD1: inspections(where: { districtCode: { notIn: ["D1"] } }, orderBy: DATE_ASC) { nodes { code } }
              w2w5real: inspections(filter: { demo: false }, where: { unitCode: { in: ["W2", "W5"] } }, orderBy: DATE_ASC) { totalCount nodes { code } }
              depts2021: inspections(where: { and: [{ unitKind: { eq: DEPARTMENT } }, { date: { gte: "1/1/2021" } }] }) { nodes { code } }
              all: inspections(where: { and: [] }) { totalCount }
              none: inspections(where: { or: [] }) { totalCount }
              percent: inspections(where: { code: { contains: "%" } }) { totalCount } }`,
    expected: {
      noDistrict: { nodes: [{ code: 'I3' }, { code: 'I7' }] },
      notD1: { nodes: [{ code: 'I3' }, { code: 'I6' }, { code: 'I7' }] },
      w2w5real: { totalCount: 2, nodes: [{ code: 'I2' }, { code: 'I4' }] },
      depts2021: { nodes: [{ code: 'I7' }] },
      all: { totalCount: 8 },
      none: { totalCount: 0 },
      percent: { totalCount: 0 },
    },
  },
  {
    name: 'findings where (issue 11.3): results and categories, not a requirement, a team by text',
    query: `{ badLeadership: findings(where: { result: { in: [NON_COMPLIANT, PARTIAL] }, category: { eq: LEADERSHIP } }, orderBy: DATE_ASC) { totalCount nodes { inspection { code } result } }
              r2Applicable: findings(where: { not: { requirementCode: { eq: "R1" } }, result: { notIn: [NOT_APPLICABLE] } }, orderBy: DATE_ASC) { nodes { inspection { code } result } }
              team1Compliant: findings(where: { team: { contains: "so 1" }, result: { eq: COMPLIANT } }, orderBy: DATE_ASC) { nodes { inspection { code } requirement { code } } } }`,
    expected: {
      badLeadership: {
        totalCount: 4,
        nodes: [
          { inspection: { code: 'I2' }, result: 'NON_COMPLIANT' }, { inspection: { code: 'I3' }, result: 'PARTIAL' },
          { inspection: { code: 'I7' }, result: 'NON_COMPLIANT' }, { inspection: { code: 'I8' }, result: 'PARTIAL' },
        ],
      },
      r2Applicable: { nodes: [{ inspection: { code: 'I1' }, result: 'PARTIAL' }, { inspection: { code: 'I3' }, result: 'COMPLIANT' }, { inspection: { code: 'I7' }, result: 'COMPLIANT' }] },
      team1Compliant: { nodes: [{ inspection: { code: 'I1' }, requirement: { code: 'R1' } }, { inspection: { code: 'I4' }, requirement: { code: 'R1' } }, { inspection: { code: 'I5' }, requirement: { code: 'R1' } }] },
    },
  },
  {
    name: 'recommendations where: due dates (none set: only isNull and not), status, resolved dates, text, district',
    query: `{ due2019: recommendations(where: { dueDate: { lt: "2020-01-01" } }) { nodes { inspection { code } seq } }
              noDue: recommendations(where: { dueDate: { isNull: true } }) { nodes { inspection { code } seq } }
              notResolvedDueEarly: recommendations(where: { not: { status: { in: [RESOLVED] } }, dueDate: { lt: "2021-04-01" } }) { nodes { inspection { code } seq status } }
              notDueEarly: recommendations(where: { not: { dueDate: { lt: "2021-04-01" } } }) { nodes { inspection { code } seq } }
              resolvedLate: recommendations(where: { resolvedOn: { gte: "2020-01-01" } }) { nodes { inspection { code } seq } }
              text: recommendations(where: { text: { contains: "cong khai" } }) { nodes { inspection { code } seq } }
              d1: recommendations(where: { districtCode: { eq: "D1" } }) { totalCount } }`,
    expected: {
      due2019: { nodes: [{ inspection: { code: 'I1' }, seq: 1 }, { inspection: { code: 'I2' }, seq: 1 }, { inspection: { code: 'I2' }, seq: 2 }] },
      noDue: { nodes: [{ inspection: { code: 'I3' }, seq: 1 }] },
      notResolvedDueEarly: { nodes: [{ inspection: { code: 'I2' }, seq: 2, status: 'OPEN' }, { inspection: { code: 'I7' }, seq: 2, status: 'UNKNOWN' }] },
      notDueEarly: { nodes: [{ inspection: { code: 'I7' }, seq: 1 }, { inspection: { code: 'I3' }, seq: 1 }] },
      resolvedLate: { nodes: [{ inspection: { code: 'I2' }, seq: 1 }, { inspection: { code: 'I6' }, seq: 1 }] },
      text: { nodes: [{ inspection: { code: 'I1' }, seq: 1 }, { inspection: { code: 'I7' }, seq: 1 }] },
      d1: { totalCount: 3 },
    },
  },
  {
    name: 'units where (issue 11.3): validity dates (empty: still exists / from the start), parent and district (notIn keeps the city), name',
    query: `{ gone: units(where: { validTo: { isNull: false } }) { nodes { code } }
              stillIn2021: units(where: { not: { validTo: { lt: "2021-01-01" } } }) { totalCount nodes { code } }
              new2020: units(where: { validFrom: { gte: "2020-01-01", lt: "2021-01-01" } }) { nodes { code } }
              underCity: units(where: { parentCode: { in: ["C"] }, kind: { notIn: [DEPARTMENT] } }) { nodes { code } }
              notUnderCity: units(where: { parentCode: { notIn: ["C"] } }) { nodes { code } }
              top: units(where: { parentCode: { isNull: true } }) { nodes { code } }
              d1: units(where: { districtCode: { eq: "D1" } }) { nodes { code } }
              noDistrict: units(where: { districtCode: { isNull: true } }) { nodes { code } }
              notD1: units(where: { districtCode: { notIn: ["D1"] } }) { nodes { code } }
              soOrW4: units(where: { or: [{ name: { contains: "so" } }, { code: { in: ["W4"] } }] }) { nodes { code } }
              wards2020Existing: units(filter: { activeYear: 2020 }, where: { kind: { eq: WARD }, validTo: { isNull: true } }) { nodes { code } } }`,
    expected: {
      gone: { nodes: [{ code: 'D2' }, { code: 'S1' }, { code: 'W2' }, { code: 'W4' }] },
      stillIn2021: { totalCount: 7, nodes: ['C', 'D1', 'S2', 'W1', 'W3', 'W5', 'W6'].map((code) => ({ code })) },
      new2020: { nodes: [{ code: 'S2' }, { code: 'W3' }] },
      underCity: { nodes: [{ code: 'D1' }, { code: 'D2' }] },
      notUnderCity: { nodes: ['C', 'W1', 'W2', 'W3', 'W4', 'W5', 'W6'].map((code) => ({ code })) },
      top: { nodes: [{ code: 'C' }] },
      d1: { nodes: ['D1', 'W1', 'W2', 'W3', 'W5', 'W6'].map((code) => ({ code })) },
      noDistrict: { nodes: [{ code: 'C' }, { code: 'S1' }, { code: 'S2' }] },
      notD1: { nodes: ['C', 'D2', 'S1', 'S2', 'W4'].map((code) => ({ code })) },
      soOrW4: { nodes: [{ code: 'S1' }, { code: 'S2' }, { code: 'W4' }] },
      wards2020Existing: { nodes: [{ code: 'W1' }, { code: 'W3' }] },
    },
  },
  {
    name: 'plans and models where (issue 11.3): district (S1, S2 have none), unit kind, years, no issue dates at all (not keeps them), text',
    query: `{ notD1: plans(where: { districtCode: { notIn: ["D1"] } }) { nodes { year unit { code } } }
              numbered: plans(where: { documentNumber: { contains: "kh" } }) { nodes { year unit { code } } }
              issued: plans(where: { issuedOn: { lt: "2100-01-01" } }) { totalCount }
              notIssued: plans(where: { not: { issuedOn: { lt: "2100-01-01" } } }) { totalCount }
              wardsFrom2020: plans(where: { unitKind: { eq: WARD }, year: { gte: 2020 } }) { nodes { year unit { code } } }
              w2s2or2019: plans(where: { or: [{ unitCode: { in: ["W2", "S2"] } }, { year: { gt: 2018, lt: 2020 } }] }) { nodes { year unit { code } } }
              in2020notD1: plans(filter: { fromYear: 2020, toYear: 2020 }, where: { not: { unitCode: { eq: "D1" } } }) { nodes { unit { code } } }
              digital: models(where: { field: { contains: "chuyen doi" } }) { nodes { title } }
              notD1Models: models(where: { not: { districtCode: { eq: "D1" } } }) { nodes { title } }
              notCityLevel: models(where: { level: { notIn: ["Cấp thành phố"] }, title: { contains: "hinh" } }) { nodes { title } }
              depts: models(where: { year: { gt: 2019 }, unitKind: { in: [DEPARTMENT] } }) { nodes { title unit { code } } } }`,
    expected: {
      notD1: { nodes: [{ year: 2021, unit: { code: 'S2' } }, { year: 2020, unit: { code: 'S1' } }] },
      numbered: { nodes: [{ year: 2020, unit: { code: 'W1' } }] },
      issued: { totalCount: 0 },
      notIssued: { totalCount: 8 },
      wardsFrom2020: { nodes: [{ year: 2021, unit: { code: 'W5' } }, { year: 2020, unit: { code: 'W1' } }, { year: 2020, unit: { code: 'W3' } }] },
      w2s2or2019: { nodes: [{ year: 2021, unit: { code: 'S2' } }, { year: 2019, unit: { code: 'W1' } }, { year: 2019, unit: { code: 'W2' } }] },
      in2020notD1: { nodes: [{ unit: { code: 'S1' } }, { unit: { code: 'W1' } }, { unit: { code: 'W3' } }] },
      digital: { nodes: [{ title: 'Mô hình B' }] },
      notD1Models: { nodes: [{ title: 'Mô hình B' }] },
      notCityLevel: { nodes: [{ title: 'Mô hình A' }] },
      depts: { nodes: [{ title: 'Mô hình B', unit: { code: 'S2' } }] },
    },
  },
  {
    name: 'awards and award decisions where (issue 11.3): undated A2 (kept by not), periods, kinds, issuer text, the recipient\'s district and kind; numbers (A2 has none)',
    query: `{ undated: awards(where: { decisionDate: { isNull: true } }) { nodes { recipient { code } } }
              notBefore2020: awards(where: { not: { decisionDate: { lt: "2020-01-01" } } }) { nodes { recipient { code } decision { number } } }
              period2016: awards(where: { periodTo: { eq: 2020 }, periodFrom: { gt: 2015 } }) { nodes { recipient { code } } }
              noPeriodNotBangKhen: awards(where: { periodFrom: { isNull: true }, kind: { notIn: [BANG_KHEN] } }) { nodes { recipient { code } } }
              byDistrictIssuer: awards(where: { issuer: { contains: "quan mot" } }) { nodes { recipient { code } } }
              d1NotW1: awards(where: { districtCode: { eq: "D1" }, not: { unitCode: { eq: "W1" } } }) { totalCount nodes { recipient { code } decision { number } } }
              number01: awards(where: { decisionNumber: { in: ["01/QĐ-UBND"] } }) { totalCount }
              notNumber01: awards(where: { decisionNumber: { notIn: ["01/QĐ-UBND"] } }) { totalCount }
              departments: awards(where: { unitKind: { eq: DEPARTMENT } }) { totalCount }
              noNumberOrGiay: awardDecisions(where: { or: [{ number: { isNull: true } }, { kind: { eq: GIAY_KHEN } }] }) { nodes { number date } }
              earlyPeriodNotBefore2021: awardDecisions(where: { periodFrom: { lte: 2016 }, not: { date: { lt: "2021-01-01" } } }) { nodes { number periodFrom } }
              cityFrom2019: awardDecisions(where: { issuer: { contains: "thanh pho" }, date: { gte: "2019-01-01" } }) { nodes { number } } }`,
    expected: {
      undated: { nodes: [{ recipient: { code: 'S1' } }, { recipient: { code: 'W1' } }] },
      notBefore2020: {
        nodes: [
          { recipient: { code: 'W1' }, decision: { number: '05/QĐ-UBND' } }, { recipient: { code: 'W3' }, decision: { number: '05/QĐ-UBND' } },
          { recipient: { code: 'S2' }, decision: { number: '02/QĐ-UBND' } }, { recipient: { code: 'W5' }, decision: { number: '02/QĐ-UBND' } },
          { recipient: { code: 'S1' }, decision: { number: null } }, { recipient: { code: 'W1' }, decision: { number: null } },
        ],
      },
      period2016: { nodes: [{ recipient: { code: 'S2' } }, { recipient: { code: 'W5' } }] },
      noPeriodNotBangKhen: { nodes: [{ recipient: { code: 'W1' } }, { recipient: { code: 'W3' } }] },
      byDistrictIssuer: { nodes: [{ recipient: { code: 'W1' } }, { recipient: { code: 'W3' } }] },
      d1NotW1: {
        totalCount: 3,
        nodes: [
          { recipient: { code: 'W2' }, decision: { number: '01/QĐ-UBND' } }, { recipient: { code: 'W3' }, decision: { number: '05/QĐ-UBND' } },
          { recipient: { code: 'W5' }, decision: { number: '02/QĐ-UBND' } },
        ],
      },
      number01: { totalCount: 3 },
      notNumber01: { totalCount: 6 },
      departments: { totalCount: 3 },
      noNumberOrGiay: { nodes: [{ number: '05/QĐ-UBND', date: '2020-12-15' }, { number: null, date: null }] },
      earlyPeriodNotBefore2021: { nodes: [{ number: '02/QĐ-UBND', periodFrom: 2016 }, { number: null, periodFrom: 2015 }] },
      cityFrom2019: { nodes: [{ number: '01/QĐ-UBND' }, { number: '02/QĐ-UBND' }] },
    },
  },
  {
    name: 'Unit.inspections and history.* take filter, where and orderBy (issue 11.3): W1\'s own 2019, W1+W2 rated newest first, BANG_KHEN by date (undated last)',
    query: `{ w1: unit(code: "W1") { inspections(where: { year: { eq: 2019 } }) { code }
                  history { inspections(where: { rating: { isNull: false } }, orderBy: DATE_DESC) { code rating }
                            awards(where: { kind: { eq: BANG_KHEN } }) { recipient { code } decision { number } } } }
              s2: unit(code: "S2") { history { inspections(filter: { team: "Đoàn kiểm tra số 2" }, orderBy: DATE_DESC) { code } awards(filter: { fromYear: 2021 }) { recipient { code } } } } }`,
    expected: {
      w1: {
        inspections: [{ code: 'I1' }],
        history: {
          inspections: [{ code: 'I2', rating: 'SATISFACTORY' }, { code: 'I1', rating: 'GOOD' }],
          awards: [
            { recipient: { code: 'W1' }, decision: { number: '01/QĐ-UBND' } }, { recipient: { code: 'W2' }, decision: { number: '01/QĐ-UBND' } },
            { recipient: { code: 'W1' }, decision: { number: null } },
          ],
        },
      },
      s2: { history: { inspections: [{ code: 'I7' }, { code: 'I3' }], awards: [{ recipient: { code: 'S2' } }] } },
    },
  },
  {
    name: 'Unit.inspections with arguments for each ward of a page (from 2020: W1 none, W6 none)',
    query: `{ units(where: { kind: { eq: WARD } }) { nodes { code inspections(filter: { fromYear: 2020 }) { code } } } }`,
    expected: {
      units: {
        nodes: [
          { code: 'W1', inspections: [] }, { code: 'W2', inspections: [{ code: 'I4' }] }, { code: 'W3', inspections: [{ code: 'I5' }] },
          { code: 'W4', inspections: [{ code: 'I6' }] }, { code: 'W5', inspections: [{ code: 'I8' }] }, { code: 'W6', inspections: [] },
        ],
      },
    },
  },
  {
    name: 'structure: CURRENT on record lists (SPEC §4): unitCode and districtCode by current successor (W2 → W1, W4 → W5, S1 → S2), withinUnit on the recorded unit',
    query: `{ w1: inspections(filter: { unitCode: "W1", structure: CURRENT }, orderBy: DATE_ASC) { nodes { code unit { code } } }
              w1AsOf: inspections(filter: { unitCode: "W1" }) { totalCount }
              w5: inspections(filter: { unitCode: "W5", structure: CURRENT }, orderBy: DATE_ASC) { nodes { code } }
              d1: inspections(filter: { districtCode: "D1", structure: CURRENT }, orderBy: DATE_ASC) { totalCount nodes { code } }
              d2: inspections(filter: { districtCode: "D2", structure: CURRENT }) { totalCount }
              withinD1: inspections(filter: { withinUnit: "D1", structure: CURRENT }) { totalCount }
              s2Findings: findings(filter: { unitCode: "S2", structure: CURRENT, results: [NON_COMPLIANT, PARTIAL] }, orderBy: DATE_ASC) { nodes { inspection { code } result } }
              w1Recs: recommendations(filter: { unitCode: "W1", structure: CURRENT }) { totalCount }
              w1Plans: plans(filter: { unitCode: "W1", structure: CURRENT }) { totalCount }
              s2Awards: awards(filter: { unitCode: "S2", structure: CURRENT }) { nodes { recipient { code } decision { number } } }
              s2Models: models(filter: { unitCode: "S2", structure: CURRENT }) { nodes { title } } }`,
    expected: {
      w1: { nodes: [{ code: 'I1', unit: { code: 'W1' } }, { code: 'I2', unit: { code: 'W2' } }, { code: 'I4', unit: { code: 'W2' } }] },
      w1AsOf: { totalCount: 1 },
      w5: { nodes: [{ code: 'I6' }, { code: 'I8' }] },
      d1: { totalCount: 6, nodes: ['I1', 'I2', 'I4', 'I5', 'I6', 'I8'].map((code) => ({ code })) },
      d2: { totalCount: 0 }, // W4's records count under W5 (D1); D2 itself, dissolved, has none
      withinD1: { totalCount: 5 }, // the scope is decided on the recorded units: W4 (I6) lay in D2
      s2Findings: { nodes: [{ inspection: { code: 'I3' }, result: 'PARTIAL' }, { inspection: { code: 'I7' }, result: 'NON_COMPLIANT' }] },
      w1Recs: { totalCount: 3 }, // I1.1, I2.1, I2.2
      w1Plans: { totalCount: 3 }, // W1 2019, W1 2020, W2 2019
      s2Awards: {
        nodes: [
          { recipient: { code: 'S1' }, decision: { number: '01/QĐ-UBND' } }, { recipient: { code: 'S2' }, decision: { number: '02/QĐ-UBND' } },
          { recipient: { code: 'S1' }, decision: { number: null } },
        ],
      },
      s2Models: { nodes: [{ title: 'Mô hình B' }] },
    },
  },
];

let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
  await t.load(smallCity);
});
afterAll(() => t?.close());

describe('record lists and lineage on the small city', () => {
  it.each(cases)('$name', async ({ query, expected }) => {
    const res = await (await t.app()).execute(query);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual(expected);
  });

  it('pages with cursors: 8 inspections newest first, 3 at a time', async () => {
    const app = await t.app();
    const query = `query ($after: String) { inspections(page: {first: 3, after: $after}) { totalCount nodes { code } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[][] = [];
    let after: string | null = null;
    for (;;) {
      const res = await app.execute(query, { after });
      expect(res.errors).toBeUndefined();
      const page = (res.data as { inspections: { totalCount: number; nodes: { code: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }).inspections;
      expect(page.totalCount).toBe(8);
      seen.push(page.nodes.map((n) => n.code));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([['I8', 'I7', 'I6'], ['I5', 'I4', 'I3'], ['I2', 'I1']]);
  });

  it('Unit.inspections and history.inspections with arguments: one id statement for all units of a page, not one per unit', async () => {
    const app = await t.app();
    const knex = t.db.orm.em.getKnex();
    const count = async (first: number) => {
      let n = 0;
      let idStatements = 0;
      const onQuery = (q: { sql: string }) => (n++, q.sql.includes('list_group') && idStatements++);
      knex.on('query', onQuery);
      try {
        const res = await app.execute(`query ($first: Int!) { units(where: { kind: { eq: WARD } }, page: { first: $first }) { nodes { code
          inspections(where: { rating: { isNull: false } }) { code } history { inspections(orderBy: DATE_DESC) { code } } } } }`, { first });
        expect(res.errors).toBeUndefined();
      } finally {
        knex.off('query', onQuery);
      }
      return { n, idStatements };
    };
    // one id statement per nested field, whatever the page size; in all at most: the units' ids and
    // rows 2, their ancestry 1, the two id statements, and the inspections by id 2 (one, when both
    // fields' ids arrive in the same tick: which happens depends on timing, so not an equality)
    for (const first of [6, 2]) {
      const c = await count(first);
      expect(c.idStatements, `first: ${first}`).toBe(2);
      expect(c.n, `first: ${first}`).toBeLessThanOrEqual(7);
    }
  });

  it('structure: CURRENT for a reader scoped to D2: W4\'s successor W5 lies outside, so W4\'s inspection I6 stays under W4 and D2', async () => {
    const d2: Viewer = { login: 'd2', name: null, role: 'LEADER', scopeRoots: ['D2'] };
    const res = await t.execute(`{ w4: inspections(filter: { unitCode: "W4", structure: CURRENT }) { nodes { code } }
      d2: inspections(filter: { districtCode: "D2", structure: CURRENT }) { nodes { code } } }`, undefined, d2);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ w4: { nodes: [{ code: 'I6' }] }, d2: { nodes: [{ code: 'I6' }] } });
  });

  it.each([
    ['filter.unitCode', `{ inspections(filter: {unitCode: "NOPE"}) { totalCount } }`],
    ['filter.districtCode', `{ plans(filter: {districtCode: "NOPE"}) { totalCount } }`],
    ['filter.team', `{ findings(filter: {team: "Đoàn 99"}) { totalCount } }`],
    ['filter.openOn', `{ recommendations(filter: {openOn: "2020-13-01"}) { totalCount } }`],
    ['filter.recipientCode', `{ awards(filter: {recipientCode: "NOPE"}) { totalCount } }`],
    ['filter.frameworkCode', `{ requirements(filter: {frameworkCode: "NOPE"}) { totalCount } }`],
    ['filter.toYear', `{ models(filter: {fromYear: 2021, toYear: 2020}) { totalCount } }`],
    ['page.after', `{ units(page: {after: "garbage"}) { totalCount } }`],
    ['on', `{ unit(code: "W1") { isActive(on: "yesterday") } }`],
    ['where.or[1].not.date.lt', `{ inspections(where: { or: [{ code: { eq: "I1" } }, { not: { date: { lt: "2020-13-01" } } }] }) { totalCount } }`],
    ['where.not.not.not.not.not', `{ inspections(where: { not: { not: { not: { not: { not: { code: { eq: "I1" } } } } } } }) { totalCount } }`],
    ['where.or[50].code.eq', `{ inspections(where: { or: [${Array.from({ length: 51 }, (_, i) => `{ code: { eq: "I${i}" } }`).join(', ')}] }) { totalCount } }`],
    ['where.rating.eq', `{ inspections(where: { rating: { eq: null } }) { totalCount } }`],
    ['where.team.in[1]', `{ inspections(where: { team: { in: ["Đoàn kiểm tra số 1", "Đoàn 99"] } }) { totalCount } }`],
    ['where.and[0].unitCode.eq', `{ inspections(where: { and: [{ unitCode: { eq: "NOPE" } }] }) { totalCount } }`],
    ['where.or[0].requirementCode.eq', `{ findings(where: { or: [{ requirementCode: { eq: "R9" } }] }) { totalCount } }`],
    ['where.not.dueDate.gte', `{ recommendations(where: { not: { dueDate: { gte: "31/02/2021" } } }) { totalCount } }`],
    ['where.or[0].parentCode.in[1]', `{ units(where: { or: [{ parentCode: { in: ["C", "NOPE"] } }] }) { totalCount } }`],
    ['where.validFrom.lt', `{ units(where: { validFrom: { lt: "2020" } }) { totalCount } }`],
    ['where.not.unitCode.in[0]', `{ plans(where: { not: { unitCode: { in: ["NOPE"] } } }) { totalCount } }`],
    ['where.or[1].districtCode.eq', `{ models(where: { or: [{ year: { eq: 2019 } }, { districtCode: { eq: "NOPE" } }] }) { totalCount } }`],
    ['where.and[0].unitCode.notIn[0]', `{ awards(where: { and: [{ unitCode: { notIn: ["NOPE"] } }] }) { totalCount } }`],
    ['where.date.gt', `{ awardDecisions(where: { date: { gt: "20/13/2020" } }) { totalCount } }`],
    ['where.unitCode.eq', `{ unit(code: "W1") { inspections(where: { unitCode: { eq: "NOPE" } }) { code } } }`],
    ['filter.toYear', `{ unit(code: "W1") { history { awards(filter: { fromYear: 2021, toYear: 2020 }) { id } } } }`],
  ])('bad input names the argument: %s', async (argument, query) => {
    const res = await (await t.app()).execute(query);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message.startsWith(`${argument}: `)).toBe(true);
  });
});
