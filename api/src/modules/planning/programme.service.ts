import type { Context } from '../../shared/context.js';
import { InputProblem } from '../../shared/errors.js';
import { sqlFor } from '../../shared/sql.js';
import { resolveWeights } from './factors.js';
import type { DraftProgramme, ProgrammeInput } from './planning.types.js';
import { readFilter, weightTable } from './filter.js';
import { inspectionPriorities, PriorityOrder, type PriorityRow } from './priorities.service.js';
import { draftProgramme, UncoveredReason } from './programme.js';

/** March to November: away from Tết and the year-end reporting season (the team's proposal). */
export const DEFAULT_MONTHS = [3, 4, 5, 6, 7, 8, 9, 10, 11];
export const MAX_TEAM_VISITS = 10_000;

/** Checks the input (errors name the field), ranks every unit in one statement, then plans in memory. */
export async function planProgramme(ctx: Context, input: ProgrammeInput): Promise<DraftProgramme> {
  const { year, cycleYears } = input;
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new InputProblem('input.year', `must be a year between 1900 and 2200, got ${year}`);
  if (!Number.isInteger(cycleYears) || cycleYears < 1 || cycleYears > 10) throw new InputProblem('input.cycleYears', `must be between 1 and 10, got ${cycleYears}`);
  if (!input.teams.length) throw new InputProblem('input.teams', 'give at least one team with its visits');
  const names = new Set<string>();
  input.teams.forEach((t, i) => {
    const name = t.name.normalize('NFC').trim();
    if (!name) throw new InputProblem(`input.teams[${i}].name`, 'must not be empty');
    if (names.has(name)) throw new InputProblem(`input.teams[${i}].name`, `"${name}" is given twice`);
    names.add(name);
    if (!Number.isInteger(t.visits) || t.visits < 0 || t.visits > MAX_TEAM_VISITS) throw new InputProblem(`input.teams[${i}].visits`, `must be between 0 and ${MAX_TEAM_VISITS}, got ${t.visits}`);
  });
  const teams = input.teams.map((t) => ({ name: t.name.normalize('NFC').trim(), visits: t.visits }));
  const months = [...new Set(input.months ?? DEFAULT_MONTHS)].sort((a, b) => a - b);
  if (!months.length) throw new InputProblem('input.months', 'give at least one month, or leave it out for March to November');
  const badMonth = months.find((m) => !Number.isInteger(m) || m < 1 || m > 12);
  if (badMonth !== undefined) throw new InputProblem('input.months', `months are 1–12, got ${badMonth}`);
  const asOf = input.asOf ?? `${year - 1}-12-31`;
  const weights = resolveWeights(input.weights, 'input.weights');
  const f = await readFilter(ctx, input.filter, 'input.filter');
  const rows = await inspectionPriorities(sqlFor(ctx.em), { asOf, ...f, weights, orderBy: PriorityOrder.SCORE, limit: null });
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const codes = (field: 'pinned' | 'excluded') =>
    (input[field] ?? []).map((raw, i) => {
      const row = byCode.get(raw.trim());
      if (!row) throw new InputProblem(`input.${field}[${i}]`, `"${raw}" is not a unit in scope on ${asOf} (active that day and matching the filter)`);
      return row.unitId;
    });
  const pinned = codes('pinned');
  const excluded = codes('excluded');
  const both = pinned.find((id) => excluded.includes(id));
  if (both !== undefined) throw new InputProblem('input.excluded', `"${rows.find((r) => r.unitId === both)!.code}" is both pinned and excluded`);
  const capacity = teams.reduce((s, t) => s + t.visits, 0);
  if (pinned.length > capacity) throw new InputProblem('input.pinned', `${pinned.length} pinned units, but the teams can make only ${capacity} visits`);

  const byId = new Map(rows.map((r) => [r.unitId, r]));
  const plan = draftProgramme(
    rows.map((r) => ({ unitId: r.unitId, code: r.code, score: r.score, districtId: r.districtId, lastYear: r.lastInspectionDate ? Number(r.lastInspectionDate.slice(0, 4)) : null })),
    { year, cycleYears, teams, months, pinned, excluded },
  );
  const row = (id: number): PriorityRow => byId.get(id)!;
  const uncovered = [...plan.uncovered].sort(
    (a, b) => a.deadlineYear - b.deadlineYear || (a.reason === b.reason ? 0 : a.reason === UncoveredReason.CAPACITY ? -1 : 1) || row(b.unitId).score - row(a.unitId).score || (row(a.unitId).code < row(b.unitId).code ? -1 : 1),
  );
  return {
    year,
    asOf,
    cycleYears,
    capacity: plan.capacity,
    unitsInScope: rows.length,
    coversCycle: plan.coversCycle,
    teams: teams.map((t) => ({ name: t.name, capacity: t.visits, visits: plan.visits.filter((v) => v.team === t.name).length })),
    visits: plan.visits.map((v) => ({ ...v, row: row(v.unitId) })) as DraftProgramme['visits'],
    uncovered: uncovered.map((u) => ({ ...u, row: row(u.unitId) })) as DraftProgramme['uncovered'],
    horizon: plan.horizon,
    weights: weightTable(weights),
  };
}
