import type { Sql } from '../shared/sql.js';
import { activeInYear, activeOn } from '../shared/validity.js';

/**
 * A deterministic national-scale DEMO dataset for the benchmark, generated inside PostgreSQL with
 * set-based SQL (generate_series, one INSERT … SELECT per table), never row by row. Provinces
 * (CITY) hold departments (with public service units under them) and districts, districts hold
 * wards and communes; 2015–2026 with the 2025 reorganisation (departments merged 1/3/2025, every
 * second ward merged and the district level dissolved 1/7/2025), so CURRENT structure has work to do.
 * Pseudo-randomness is integer arithmetic on ids: the same scale always gives the same rows.
 */
export const GENERATOR_VERSION = 'bench-1';

export interface Scale {
  name: 'full' | 'quick';
  provinces: number;
  departmentsPerProvince: number;
  serviceUnitsPerProvince: number;
  districtsPerProvince: number;
  wardsPerDistrict: number;
}

export const SCALES: Record<Scale['name'], Scale> = {
  // 63 × (1 + 20 + 30 + 12 + 12 × 62) = 50,841 units; ~600k inspections; ~3.6M findings
  full: { name: 'full', provinces: 63, departmentsPerProvince: 20, serviceUnitsPerProvince: 30, districtsPerProvince: 12, wardsPerDistrict: 62 },
  // a tenth: 6 × (1 + 20 + 30 + 12 + 12 × 66) = 5,130 units
  quick: { name: 'quick', provinces: 6, departmentsPerProvince: 20, serviceUnitsPerProvince: 30, districtsPerProvince: 12, wardsPerDistrict: 66 },
};

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2026;
const REQUIREMENTS = 30;

/** Tables the generator fills (everything the importer writes, and unit_dim). */
const DATA_TABLES = [
  'finding', 'recommendation', 'inspection', 'inspection_team', 'award', 'award_decision', 'annual_plan', 'model',
  'lineage_event_unit', 'lineage_event', 'unit_dim', 'unit', 'requirement', 'framework', 'source_document',
];

export interface GenerationStep {
  step: string;
  ms: number;
  rows: number;
}

/** Deterministic hash of two integers into [0, 1000003): the dataset's only source of "chance". */
const HASH = `create or replace function pg_temp.bh(a bigint, b bigint) returns int language sql immutable as $$
  select (((a * 2654435761 + b * 40503 + 977) # ((a * 2654435761 + b * 40503 + 977) >> 13)) % 1000003)::int
$$`;

/** Fills an empty schema (after clearing the data tables); returns what each step took. */
export async function generate(sql: Sql, scale: Scale, onStep: (s: GenerationStep) => void = () => {}): Promise<GenerationStep[]> {
  const steps: GenerationStep[] = [];
  const run = async (step: string, text: string, params: unknown[] = []) => {
    const started = performance.now();
    const rows = await sql<{ n: number }>(`with ins as (${text} returning 1) select count(*)::int as n from ins`, params);
    const s = { step, ms: Math.round(performance.now() - started), rows: rows[0].n };
    steps.push(s);
    onStep(s);
  };
  const exec = async (text: string, params: unknown[] = []) => void (await sql(text, params));

  // the rows are consistent by construction: skip per-row foreign-key triggers during the bulk load (superusers only);
  // this also skips the audit triggers (a synthetic dataset has no history) and their refusal of TRUNCATE
  const [role] = await sql<{ su: boolean }>(`select rolsuper as su from pg_roles where rolname = current_user`);
  if (role?.su) await exec(`set local session_replication_role = replica`);
  await exec(`select set_config('qcdc.actor', 'bench', true), set_config('qcdc.via', 'bench', true)`);
  await exec(`truncate ${DATA_TABLES.join(', ')} restart identity cascade`);
  await exec(HASH);
  const { provinces: P, departmentsPerProvince: S, serviceUnitsPerProvince: U, districtsPerProvince: D, wardsPerDistrict: W } = scale;

  await run('source_document', `insert into source_document (kind, title, publisher) values ('DEMO', 'Dữ liệu minh họa cho đo hiệu năng (bench)', 'qcdc bench')`);
  const src = `(select id from source_document where kind = 'DEMO' and title = 'Dữ liệu minh họa cho đo hiệu năng (bench)')`;

  // units, level by level; codes carry the hierarchy: P01, P01-S03, P01-S03-U07, P01-D05, P01-D05-W012
  await run('units: provinces', `insert into unit (code, name, kind, source_id)
    select 'P' || lpad(p::text, 2, '0'), 'Tỉnh minh họa ' || p, 'CITY', ${src} from generate_series(1, ?::int) p`, [P]);
  await run('units: departments', `insert into unit (code, name, kind, parent_id, valid_to, source_id)
    select pr.code || '-S' || lpad(s::text, 2, '0'), 'Sở minh họa ' || s || ' ' || pr.code, 'DEPARTMENT', pr.id,
      case when s % 4 = 0 then date '2025-02-28' end, ${src}
    from unit pr cross join generate_series(1, ?::int) s where pr.kind = 'CITY'`, [S]);
  await run('units: districts', `insert into unit (code, name, kind, parent_id, valid_to, source_id)
    select pr.code || '-D' || lpad(d::text, 2, '0'), 'Quận huyện minh họa ' || d || ' ' || pr.code, 'DISTRICT', pr.id, date '2025-06-30', ${src}
    from unit pr cross join generate_series(1, ?::int) d where pr.kind = 'CITY'`, [D]);
  await run('units: service units', `insert into unit (code, name, kind, parent_id, valid_from, valid_to, source_id)
    select dep.code || '-U' || lpad(u::text, 2, '0'), 'Đơn vị sự nghiệp minh họa ' || u || ' ' || dep.code, 'PUBLIC_SERVICE_UNIT', dep.id,
      case when u % 5 = 0 then date '2018-01-01' end, null::date, ${src}
    from unit pr cross join generate_series(1, ?::int) u
    join unit dep on dep.code = pr.code || '-S' || lpad((1 + (u - 1) % ?::int)::text, 2, '0')
    where pr.kind = 'CITY'`, [U, S]);
  await run('units: wards and communes', `insert into unit (code, name, kind, parent_id, valid_to, source_id)
    select di.code || '-W' || lpad(w::text, 3, '0'), case when w % 3 = 0 then 'Xã minh họa ' else 'Phường minh họa ' end || w || ' ' || di.code,
      case when w % 3 = 0 then 'COMMUNE' else 'WARD' end, di.id, case when w % 2 = 0 then date '2025-06-30' end, ${src}
    from unit di cross join generate_series(1, ?::int) w where di.kind = 'DISTRICT'`, [W]);

  // 2025: every fourth department merges into the one before it; every even ward into the odd one before it;
  // districts are dissolved (their records stay theirs under CURRENT)
  await run('lineage events', `insert into lineage_event (natural_key, date, type, decision, source_id)
    select 'bench:' || u.code, u.valid_to + 1, case when u.kind = 'DISTRICT' then 'DISSOLVE' else 'MERGE' end, 'QĐ minh họa ' || u.code, ${src}
    from unit u where u.valid_to is not null`);
  await run('lineage: from', `insert into lineage_event_unit (event_id, role, position, unit_id)
    select e.id, 'FROM', 0, u.id from unit u join lineage_event e on e.natural_key = 'bench:' || u.code`);
  await run('lineage: to', `insert into lineage_event_unit (event_id, role, position, unit_id)
    select e.id, 'TO', 0, t.id
    from unit u join lineage_event e on e.natural_key = 'bench:' || u.code
    join unit t on t.code = case
      when u.kind = 'DEPARTMENT' then left(u.code, 5) || lpad((substr(u.code, 6)::int - 1)::text, 2, '0')
      when u.kind in ('WARD', 'COMMUNE') then left(u.code, 9) || lpad((substr(u.code, 10)::int - 1)::text, 3, '0')
    end
    where u.kind in ('DEPARTMENT', 'WARD', 'COMMUNE')`);

  await run('frameworks', `insert into framework (code, title, source_id) values
    ('BENCH-ND04', 'Nghị định 04/2015/NĐ-CP (minh họa)', ${src}), ('BENCH-L10', 'Luật 10/2022/QH15 (minh họa)', ${src})`);
  await run('requirements', `insert into requirement (code, framework_id, title, category, valid_from, source_id)
    select 'BR' || lpad(r::text, 2, '0'), f.id, 'Tiêu chí minh họa ' || r,
      (array['LEADERSHIP','PUBLICIZE','DISCUSS_DECIDE','CONSULT','SUPERVISE','CITIZEN_RELATIONS','ORGANIZATION'])[1 + r % 7],
      case when r > 20 then date '2023-07-01' end, ${src}
    from generate_series(1, ?::int) r join framework f on f.code = case when r > 20 then 'BENCH-L10' else 'BENCH-ND04' end`, [REQUIREMENTS]);

  await run('inspection teams', `insert into inspection_team (name, committee, leader)
    select 'Đoàn kiểm tra số ' || k || ' — ' || pr.code, 'Ban Chỉ đạo QCDC ' || pr.code, 'Trưởng đoàn ' || k
    from unit pr cross join generate_series(1, 5) k where pr.kind = 'CITY'`);

  // ~80% of active unit-years get an inspection, a quarter of those a follow-up: ~600k at full scale.
  // Dates fall inside the unit's validity.
  await run('inspections', `insert into inspection (code, unit_id, team_id, date, kind, rating, source_id)
    select 'B' || y || '-' || u.code || '-' || n, u.id, t.id, x.d,
      case when n = 2 then 'FOLLOW_UP' else (array['PERIODIC','PERIODIC','THEMATIC','UNANNOUNCED'])[1 + x.h % 4] end,
      (array['EXCELLENT','GOOD','GOOD','SATISFACTORY','SATISFACTORY','UNSATISFACTORY'])[1 + x.h % 6], ${src}
    from unit u
    cross join generate_series(?::int, ?::int) y
    cross join generate_series(1, 2) n
    cross join lateral (select pg_temp.bh(u.id, y * 10 + n) as h) hh
    cross join lateral (select hh.h as h, greatest(coalesce(u.valid_from, date '1900-01-01'), least(coalesce(u.valid_to, date '2999-12-31'),
      make_date(y, case when n = 1 then 1 + hh.h % 6 else 7 + hh.h % 6 end, 1 + hh.h % 28))) as d) x
    join inspection_team t on t.name = 'Đoàn kiểm tra số ' || (1 + x.h % 5) || ' — ' || split_part(u.code, '-', 1)
    where u.kind <> 'CITY'
      and ${activeInYear('u', 'y')}
      and pg_temp.bh(u.id, y) % 100 < 80
      and (n = 1 or pg_temp.bh(u.id, y + 5000) % 100 < 25)`, [FIRST_YEAR, LAST_YEAR]);

  // 5–7 distinct requirements per inspection (stride 11 is coprime with 30): ~3.6M findings at full scale
  await run('findings', `insert into finding (inspection_id, requirement_id, result)
    select i.id, r.id, case when x.h < 60 then 'COMPLIANT' when x.h < 80 then 'PARTIAL' when x.h < 92 then 'NON_COMPLIANT' else 'NOT_APPLICABLE' end
    from inspection i
    cross join generate_series(0, 6) j
    join (select id, row_number() over (order by code)::int - 1 as idx from requirement) r on r.idx = (i.id * 7 + j * 11) % ?::int
    cross join lateral (select pg_temp.bh(i.id, j) % 100 as h) x
    where j < 5 + i.id % 3`, [REQUIREMENTS]);

  await run('recommendations', `insert into recommendation (inspection_id, seq, text, due_date, status, resolved_on)
    select i.id, s, 'Kiến nghị minh họa ' || s, i.date + 90,
      case when x.h < 60 then 'RESOLVED' when x.h < 75 then 'IN_PROGRESS' else 'OPEN' end,
      case when x.h < 60 then i.date + 30 + x.h end
    from inspection i cross join generate_series(1, 2) s
    cross join lateral (select pg_temp.bh(i.id, 100 + s) % 100 as h) x
    where pg_temp.bh(i.id, 99) % 3 = 0 and (s = 1 or i.id % 2 = 0)`);

  await run('annual plans', `insert into annual_plan (unit_id, year, issued_on, document_number, source_id)
    select u.id, y, make_date(y, 1, 10 + pg_temp.bh(u.id, y + 7) % 18), y || '/KH-' || u.code, ${src}
    from unit u cross join generate_series(?::int, ?::int) y
    where u.kind <> 'CITY'
      and ${activeInYear('u', 'y')}
      and pg_temp.bh(u.id, y + 7) % 100 < 85`, [FIRST_YEAR, LAST_YEAR]);

  // two decisions a province a year; those of 2020 and 2025 close the 2015–2020 and 2020–2025 periods
  await run('award decisions', `insert into award_decision (number, date, issuer, kind, period_from, period_to, source_id)
    select k || '/QĐ-' || pr.code || '-' || y, make_date(y, 12, 1 + k), 'Chủ tịch UBND ' || pr.name,
      case when k = 1 then 'BANG_KHEN' else 'GIAY_KHEN' end,
      case when y in (2020, 2025) then y - 5 end, case when y in (2020, 2025) then y end, ${src}
    from unit pr cross join generate_series(?::int, ?::int) y cross join generate_series(1, 2) k where pr.kind = 'CITY'`, [FIRST_YEAR, LAST_YEAR]);
  await run('awards', `insert into award (decision_id, recipient_id, citation, source_id)
    select d.id, u.id, 'Thành tích minh họa', ${src}
    from award_decision d
    join unit u on split_part(u.code, '-', 1) = split_part(d.number, '-', 2) and u.kind <> 'CITY'
    where pg_temp.bh(u.id, d.id) % 100 < 3
      and ${activeOn('u', 'd.date')}`);

  await run('models', `insert into model (unit_id, year, title, field, level, source_id)
    select u.id, y, 'Mô hình Dân vận khéo minh họa ' || y, 'Cải cách hành chính', 'Cơ sở', ${src}
    from unit u cross join generate_series(?::int, ?::int) y
    where u.kind <> 'CITY' and pg_temp.bh(u.id, y + 300) % 100 < 2
      and ${activeInYear('u', 'y')}`, [FIRST_YEAR, LAST_YEAR]);

  if (role?.su) await exec(`set local session_replication_role = origin`);
  return steps;
}

/** Row counts of the main tables, for the report. */
export async function countRows(sql: Sql): Promise<Record<string, number>> {
  const [row] = await sql<Record<string, number>>(`select
    (select count(*) from unit)::int as units,
    (select count(*) from inspection)::int as inspections,
    (select count(*) from finding)::int as findings,
    (select count(*) from recommendation)::int as recommendations,
    (select count(*) from annual_plan)::int as plans,
    (select count(*) from award)::int as awards,
    (select count(*) from lineage_event)::int as "lineageEvents"`);
  return row;
}
