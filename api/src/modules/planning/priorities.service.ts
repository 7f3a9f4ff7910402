import type { Sql } from '../../shared/sql.js';
import { subtreeCte } from '../../shared/subtree.js';
import { activeOn } from '../../shared/validity.js';
import { FACTORS, PriorityFactorName, type Weights } from './factors.js';

export enum PriorityOrder {
  SCORE = 'SCORE',
  YEARS_SINCE = 'YEARS_SINCE',
  OVERDUE = 'OVERDUE',
  CODE = 'CODE',
}

export interface PriorityQuery {
  asOf: string;
  kinds: string[];
  withinUnitId: number | null;
  /** Effective district (own, else the predecessors' most frequent one). */
  districtId: number | null;
  /** The viewer's scope roots (SPEC §6.1); null = the whole city. Nothing outside their subtrees counts, predecessors included. */
  scopeRootIds: number[] | null;
  weights: Weights;
  orderBy: PriorityOrder;
  /** null = every unit (the draft programme needs them all). */
  limit: number | null;
}

/** One unit's planning row as the statement returns it (ids resolved to objects by the resolver). */
export interface PriorityRow {
  rank: number;
  total: number;
  unitId: number;
  code: string;
  districtId: number | null;
  districtFromPredecessors: boolean;
  predecessors: number;
  historyKnownFrom: string | null;
  inspections: number;
  inspectionsLast5Years: number;
  lastInspectionId: number | null;
  lastInspectionUnitId: number | null;
  lastInspectionDate: string | null;
  lastRating: string | null;
  daysSince: number | null;
  lastScore: number | null;
  previousScore: number | null;
  openRecommendations: number;
  overdueRecommendations: number;
  maxDaysOverdue: number | null;
  hasPlan: boolean;
  neverInspected: boolean;
  yearsSince: number | null;
  score: number;
  factors: { name: PriorityFactorName; value: number | null; weight: number; points: number }[];
}

/** SPEC §4 compliance score of one inspection's findings (null without applicable ones). */
const SCORE_OF = (id: string) => `select ((count(*) filter (where f.result = 'COMPLIANT')) + 0.5 * (count(*) filter (where f.result = 'PARTIAL')))::float8
        / nullif(count(*) filter (where f.result in ('COMPLIANT', 'PARTIAL', 'NON_COMPLIANT')), 0) as score
      from finding f where f.inspection_id = ${id}`;

const cap = (name: PriorityFactorName) => FACTORS.find((f) => f.name === name)!.cap!;

const ORDER: Record<PriorityOrder, string> = {
  SCORE: 'score desc, never desc, days_since desc nulls first, code',
  YEARS_SINCE: 'never desc, days_since desc nulls first, score desc, code',
  OVERDUE: 'overdue desc, max_days_overdue desc nulls last, score desc, code',
  CODE: 'code',
};

/**
 * Every unit active on asOf with its inspection history across restructurings and its risk
 * score, in one statement. The history of a unit is that of its lineage chain: the unit and,
 * transitively, the FROM units of every lineage event (MERGE, SPLIT, RENAME, TRANSFER) dated on or
 * before asOf that lists it as a TO unit — so a ward formed on 1/7/2025 inherits the inspections of
 * the wards merged into it, and an event after asOf changes nothing. Factor points are rounded to
 * 0.01 and the score is their exact (decimal) sum.
 */
export async function inspectionPriorities(sql: Sql, q: PriorityQuery): Promise<PriorityRow[]> {
  const params: unknown[] = [];
  let text = 'with recursive ';
  if (q.withinUnitId !== null) {
    text += `${subtreeCte()}, `;
    params.push([q.withinUnitId]);
  }
  if (q.scopeRootIds !== null) {
    text += `${subtreeCte('scoped')}, `;
    params.push(q.scopeRootIds);
  }
  const inScope = (column: string) => (q.scopeRootIds !== null ? `and ${column} in (select id from scoped)` : '');
  const w = q.weights;
  text += `p as (
    select ?::date as as_of, extract(year from ?::date)::int as plan_year,
      ?::numeric as w_never, ?::numeric as w_years, ?::numeric as w_low, ?::numeric as w_decline, ?::numeric as w_overdue, ?::numeric as w_noplan,
      ?::numeric as cap_years, ?::int as cap_overdue
  ), `;
  params.push(
    q.asOf, q.asOf,
    w.NEVER_INSPECTED, w.YEARS_SINCE_LAST, w.LOW_COMPLIANCE, w.COMPLIANCE_DECLINE, w.OVERDUE_RECOMMENDATIONS, w.NO_ANNUAL_PLAN,
    cap(PriorityFactorName.YEARS_SINCE_LAST), cap(PriorityFactorName.OVERDUE_RECOMMENDATIONS),
  );
  // the units a planner sees: active on asOf, of the kinds asked for, in the subtree and the viewer's scope
  text += `units as (
    select u.id, u.code from unit u cross join p
    left join unit_dim ud on ud.unit_id = u.id
    where ${activeOn('u', 'p.as_of')}
      and u.kind = any(?::text[])
      ${q.withinUnitId !== null ? 'and u.id in (select id from subtree)' : ''}
      ${inScope('u.id')}
      ${q.districtId !== null ? 'and (ud.district_id = ? or ud.district_id is null)' : ''}
  ), `;
  params.push(q.kinds);
  if (q.districtId !== null) params.push(q.districtId);
  text += `chain (key, id) as (
    select id, id from units
    union
    select c.key, f.unit_id from chain c
    join lineage_event_unit t on t.unit_id = c.id and t.role = 'TO'
    join lineage_event e on e.id = t.event_id
    join lineage_event_unit f on f.event_id = t.event_id and f.role = 'FROM'
    where e.date <= (select as_of from p) ${inScope('f.unit_id')}
  ),
  chain_units as (
    select c.key, c.id, cu.code, ud.district_id,
      -- a unit that began on a known date without a recorded origin: nothing before that date is known
      case when cu.valid_from is not null and not exists (
        select 1 from lineage_event_unit t join lineage_event e on e.id = t.event_id
        join lineage_event_unit f on f.event_id = t.event_id and f.role = 'FROM'
        where t.unit_id = cu.id and t.role = 'TO' and e.date <= (select as_of from p)
      ) then cu.valid_from end as unknown_before
    from chain c join unit cu on cu.id = c.id left join unit_dim ud on ud.unit_id = c.id
  ),
  -- inspections, recommendations and plans are first grouped per recorded unit (a base-table
  -- column: the planner sizes these right), then folded per unit of the chain in one aggregate;
  -- the last two inspections travel as (days since 1900 × 10⁹ + id), so max and order are plain
  per_unit as (
    select i.unit_id, count(*)::int as n,
      (count(*) filter (where i.date > (select as_of from p) - interval '5 years'))::int as n5,
      (array_agg((i.date - date '1900-01-01')::bigint * 1000000000 + i.id order by i.date desc, i.id desc))[1:2] as top
    from inspection i where i.date <= (select as_of from p) and i.status = 'APPROVED'
    group by i.unit_id
  ),
  recs_per_unit as (
    select i.unit_id,
      (count(*) filter (where not x.done))::int as open,
      (count(*) filter (where not x.done and x.due_date < (select as_of from p)))::int as overdue,
      min(x.due_date) filter (where not x.done and x.due_date < (select as_of from p)) as oldest_due
    from (
      select rc.inspection_id, rc.due_date, coalesce(rc.status = 'RESOLVED' and rc.resolved_on <= (select as_of from p), false) as done
      from recommendation rc where rc.status <> 'UNKNOWN'
    ) x join inspection i on i.id = x.inspection_id
    where i.date <= (select as_of from p) and i.status = 'APPROVED'
    group by i.unit_id
  ),
  plans_per_unit as (
    select ap.unit_id from annual_plan ap where ap.year = (select plan_year from p)
  ),
  chains as (
    select c.key, (count(*) - 1)::int as predecessors,
      max(c.district_id) filter (where c.id = c.key) as own_district,
      mode() within group (order by c.district_id) filter (where c.id <> c.key and c.district_id is not null) as inherited_district,
      max(c.unknown_before) as history_from,
      coalesce(sum(pu.n), 0)::int as inspections, coalesce(sum(pu.n5), 0)::int as last5,
      (select array_agg(v order by v desc) from unnest(array_agg(pu.top[1]) || array_agg(pu.top[2])) as v where v is not null) as top,
      coalesce(sum(r.open), 0)::int as open, coalesce(sum(r.overdue), 0)::int as overdue, min(r.oldest_due) as oldest_due,
      bool_or(pl.unit_id is not null) as has_plan
    from chain_units c
    left join per_unit pu on pu.unit_id = c.id
    left join recs_per_unit r on r.unit_id = c.id
    left join plans_per_unit pl on pl.unit_id = c.id
    group by c.key
  ),
  base as (
    select u.id as unit_id, u.code,
      coalesce(ch.own_district, ch.inherited_district) as district_id,
      ch.own_district is null and ch.inherited_district is not null as district_from_predecessors,
      ch.predecessors, ch.history_from,
      ch.inspections, ch.last5, ch.inspections = 0 as never,
      l.id as last_id, l.unit_id as last_unit_id, l.date as last_date, l.rating as last_rating,
      p.as_of - l.date as days_since,
      sl.score as last_score, sp.score as prev_score,
      ch.open, ch.overdue, p.as_of - ch.oldest_due as max_days_overdue, ch.has_plan
    from chains ch
    join unit u on u.id = ch.key
    cross join p
    left join inspection l on l.id = (ch.top[1] % 1000000000)::int
    left join lateral (${SCORE_OF('(ch.top[1] % 1000000000)::int')}) sl on true
    left join lateral (${SCORE_OF('(ch.top[2] % 1000000000)::int')}) sp on true
    ${q.districtId !== null ? 'where coalesce(ch.own_district, ch.inherited_district) = ?' : ''}
  ),
  valued as (
    select base.*,
      case when never then 1 else 0 end::numeric as v_never,
      case when never then null else least(round(days_since::numeric / 365.25, 2), p.cap_years) end as v_years,
      round(1 - last_score::numeric, 4) as v_low,
      case when last_score is null or prev_score is null then null
        else greatest(round(prev_score::numeric - last_score::numeric, 4), 0) end as v_decline,
      least(overdue, p.cap_overdue)::numeric as v_overdue,
      case when has_plan then 0 else 1 end::numeric as v_noplan
    from base cross join p
  ),
  pointed as (
    select valued.*,
      round(p.w_never * v_never, 2) as p_never,
      round(p.w_years * coalesce(v_years, 0), 2) as p_years,
      round(p.w_low * coalesce(v_low, 0), 2) as p_low,
      round(p.w_decline * coalesce(v_decline, 0), 2) as p_decline,
      round(p.w_overdue * v_overdue, 2) as p_overdue,
      round(p.w_noplan * v_noplan, 2) as p_noplan
    from valued cross join p
  ),
  ranked as (
    select pointed.*, p_never + p_years + p_low + p_decline + p_overdue + p_noplan as score
    from pointed
  )
  select
    (row_number() over (order by ${ORDER.SCORE}))::int as rank, (count(*) over ())::int as total,
    unit_id as "unitId", code, district_id as "districtId", district_from_predecessors as "districtFromPredecessors",
    predecessors, to_char(history_from, 'YYYY-MM-DD') as "historyKnownFrom",
    inspections, last5 as "inspectionsLast5Years",
    last_id as "lastInspectionId", last_unit_id as "lastInspectionUnitId", to_char(last_date, 'YYYY-MM-DD') as "lastInspectionDate",
    last_rating as "lastRating", days_since as "daysSince", last_score as "lastScore", prev_score as "previousScore",
    open as "openRecommendations", overdue as "overdueRecommendations", max_days_overdue as "maxDaysOverdue", has_plan as "hasPlan",
    v_never::float8, v_years::float8, v_low::float8, v_decline::float8, v_overdue::float8, v_noplan::float8,
    p_never::float8, p_years::float8, p_low::float8, p_decline::float8, p_overdue::float8, p_noplan::float8,
    score::float8 as score
  from ranked
  order by ${ORDER[q.orderBy]}
  ${q.limit !== null ? 'limit ?' : ''}`;
  if (q.districtId !== null) params.push(q.districtId);
  if (q.limit !== null) params.push(q.limit);
  const rows = await sql<Record<string, unknown>>(text, params);
  const parts: [PriorityFactorName, string][] = [
    [PriorityFactorName.NEVER_INSPECTED, 'never'],
    [PriorityFactorName.YEARS_SINCE_LAST, 'years'],
    [PriorityFactorName.LOW_COMPLIANCE, 'low'],
    [PriorityFactorName.COMPLIANCE_DECLINE, 'decline'],
    [PriorityFactorName.OVERDUE_RECOMMENDATIONS, 'overdue'],
    [PriorityFactorName.NO_ANNUAL_PLAN, 'noplan'],
  ];
  return rows.map((r) => {
    const factors = parts.map(([name, key]) => ({ name, value: r[`v_${key}`] as number | null, weight: w[name], points: r[`p_${key}`] as number }));
    for (const [, key] of parts) delete r[`v_${key}`], delete r[`p_${key}`];
    const row = r as unknown as Omit<PriorityRow, 'factors' | 'neverInspected' | 'yearsSince'>;
    return { ...row, neverInspected: row.inspections === 0, yearsSince: row.daysSince === null ? null : Math.round((row.daysSince / 365.25) * 100) / 100, factors };
  });
}
