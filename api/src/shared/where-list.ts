import type { ReadScope } from '../modules/scope/read-scope.js';
import { InputProblem } from './errors.js';
import { countedUnit, type ListQuery } from './list.js';
import { compileWhere, type NamedValue, type WhereColumn, type WhereField } from './where.js';

/**
 * The `where` fields of the unit a record belongs to, over its unit id expression `unitId`
 * (e.g. `p.unit_id`), under the names `code`, `kind` and `district` give (issue 11.3): its code
 * (looked up, compared by id), its kind and its district (SPEC §4, unit_dim). eq, in and notIn read
 * the foreign key (`member`), so the list's unit index serves them; isNull and contains read the
 * scalar subselect (its aliases wu, wd, wdu are not the list's).
 */
export function unitColumns(unitId: string, names: { code: string; kind: string; district: string }): Record<string, WhereColumn> {
  return {
    [names.code]: { sql: `(select wu.code from unit wu where wu.id = ${unitId})`, type: 'text', names: 'unit', member: `${unitId} = any(?::int[])` },
    [names.kind]: { sql: `(select wu.kind from unit wu where wu.id = ${unitId})`, type: 'enum', member: `${unitId} in (select wu.id from unit wu where wu.kind = any(?::text[]))` },
    [names.district]: districtColumn(unitId),
  };
}

/** The district (SPEC §4, unit_dim) of the unit `unitId` by code; eq, in and notIn through unit_dim_district_idx. */
export function districtColumn(unitId: string): WhereColumn {
  return {
    sql: `(select wdu.code from unit_dim wd join unit wdu on wdu.id = wd.district_id where wd.unit_id = ${unitId})`,
    type: 'text',
    names: 'unit',
    member: `${unitId} in (select wd.unit_id from unit_dim wd where wd.district_id = any(?::int[]))`,
  };
}

/**
 * The columns of a list of unit records under `structure` (issue 11.3, SPEC §4), as `filter` reads
 * its unitCode and districtCode (whereUnit): under CURRENT the `unitCode` and `districtCode` fields
 * are read against the current successor of the record's unit `unitId` (countedUnit over unit_dim
 * `cu`; for a scoped reader a successor outside the scope is not followed) — eq, in and notIn
 * through unit_dim_successor_idx; `unitKind` stays on the recorded unit, as filter.unitKinds does.
 * Under AS_OF (or none) the columns as given.
 */
export async function structureColumns(
  scope: ReadScope, columns: Record<string, WhereField>, unitId: string, structure: string | null | undefined,
): Promise<Record<string, WhereField>> {
  if (structure !== 'CURRENT') return columns;
  const counted = await countedUnit(scope);
  const successor = `(select ${counted.sql} from unit_dim cu where cu.unit_id = ${unitId})`;
  const current: Record<string, WhereColumn> = {
    unitCode: {
      sql: `(select wu.code from unit wu where wu.id = ${successor})`,
      type: 'text', names: 'unit', params: counted.params,
      member: `${unitId} in (select cu.unit_id from unit_dim cu where ${counted.sql} = any(?::int[]))`,
    },
    districtCode: {
      sql: `(select wdu.code from unit_dim wd join unit wdu on wdu.id = wd.district_id where wd.unit_id = ${successor})`,
      type: 'text', names: 'unit', params: counted.params,
      member: `${unitId} in (select cu.unit_id from unit_dim cu where ${counted.sql} in (select wd.unit_id from unit_dim wd where wd.district_id = any(?::int[])))`,
    },
  };
  return { ...columns, ...Object.fromEntries(Object.entries(current).filter(([k]) => k in columns)) };
}

/**
 * Adds a compiled `where` (shared/where.ts) to the list's statement. The unit codes, team names and
 * requirement codes its eq, in and notIn give are looked up first, as `filter` does: an unknown one
 * is an input error naming its path, and for a scoped reader a unit outside is FORBIDDEN (never a
 * silent 0). It is then compiled again with the ids found, so that columns with `member` compare
 * foreign keys.
 */
export async function whereRecords(scope: ReadScope, q: ListQuery, where: object | undefined | null, columns: Record<string, WhereField>): Promise<void> {
  const c = await recordsCondition(scope, where, columns);
  if (c) q.where(c.sql, ...c.params);
}

/**
 * whereRecords' condition for a statement that is not a ListQuery (e.g. uninspectedUnits): the
 * names checked and looked up the same way; null without a where. Its `?` parameters are in text order.
 */
export async function recordsCondition(scope: ReadScope, where: object | undefined | null, columns: Record<string, WhereField>): Promise<{ sql: string; params: unknown[] } | null> {
  if (!where) return null;
  let c = compileWhere(where, columns);
  const ids = await checkNamed(scope, c.named);
  await checkRequirements(scope, c.named);
  if (Object.keys(ids).length) c = compileWhere(where, columns, 'where', ids);
  return { sql: c.sql, params: c.params };
}

/** Looks up the unit codes, framework codes and team names a where names; their ids by path. */
async function checkNamed(scope: ReadScope, named: NamedValue[]): Promise<Record<string, number>> {
  const units = named.filter((n) => n.names === 'unit');
  const ids = units.length ? await scope.unitIds(Object.fromEntries(units.map((n) => [n.path, n.value]))) : {};
  const frameworks = named.filter((n) => n.names === 'framework');
  if (frameworks.length) {
    // frameworks are reference data, not scoped: an unknown code is the error filter.frameworkCode gives
    const found = new Map((await scope.sql<{ id: number; code: string }>('select id, code from framework where code = any(?::text[])', [frameworks.map((n) => n.value)])).map((r) => [r.code, r.id]));
    for (const n of frameworks) {
      const id = found.get(n.value);
      if (id === undefined) throw new InputProblem(n.path, `unknown framework code "${n.value}"`);
      ids[n.path] = id;
    }
  }
  const teams = named.filter((n) => n.names === 'team');
  if (!teams.length) return ids;
  const visible = await scope.units();
  const found = new Map(
    (await scope.sql<{ id: number; name: string }>(
      'select t.id, t.name from inspection_team t where t.name = any(?::text[]) and (?::int[] is null or exists (select 1 from inspection i where i.team_id = t.id and i.unit_id = any(?::int[])))',
      [teams.map((n) => n.value), visible, visible],
    )).map((r) => [r.name, r.id]),
  );
  for (const n of teams) {
    const id = found.get(n.value);
    if (id === undefined) throw new InputProblem(n.path, `unknown inspection team "${n.value}"`);
    ids[n.path] = id;
  }
  return ids;
}

/** Requirement codes a where names must exist (requirements are not scoped), as in filter.requirementCodes. */
async function checkRequirements(scope: ReadScope, named: NamedValue[]): Promise<void> {
  const codes = named.filter((n) => n.names === 'requirement');
  if (!codes.length) return;
  const known = new Set((await scope.sql<{ code: string }>('select code from requirement where code = any(?::text[])', [codes.map((n) => n.value)])).map((r) => r.code));
  const unknown = codes.find((n) => !known.has(n.value));
  if (unknown) throw new InputProblem(unknown.path, `unknown requirement code "${unknown.value}" (mã tiêu chí không tồn tại)`);
}
