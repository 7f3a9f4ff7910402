import { GraphQLError } from 'graphql';
import { InputProblem } from '../../shared/errors.js';
import type { Sql } from '../../shared/sql.js';
import type { MaybeViewer } from '../auth/viewer.js';

/**
 * What one request may read (SPEC §6.1): the units of the subtrees of the viewer's scope roots, or
 * the whole city. Every read path restricts its SQL with `unitCondition` (or the id set itself), and
 * every unit code a request names goes through `unitIds`, so a scoped viewer sees the hub as if
 * nothing outside existed — an unknown code and a code outside get the same FORBIDDEN answer.
 *
 * The visible set is computed once per request (one recursive statement over unit.parent_id) and
 * passed to SQL as an int[] (`= any(?::int[])`, hashed by PostgreSQL), so a subtree filter and a
 * scope are the same mechanism: an ADMIN's `withinUnit` and a scoped user's roots give the same SQL.
 */
export class ReadScope {
  private visible?: Promise<Subtree>;
  private visibleSet?: Promise<Set<number> | null>;
  private readonly subtrees = new Map<number, Promise<Subtree>>();

  constructor(
    readonly sql: Sql,
    readonly viewer: MaybeViewer,
  ) {}

  /** Whether anything is hidden from this viewer (scope roots, or a UNIT_OFFICER without a unit). */
  get restricted(): boolean {
    return !!this.viewer && (this.viewer.scopeRoots.length > 0 || this.viewer.role === 'UNIT_OFFICER');
  }

  /** Ids of every unit the viewer may see, or null for the whole city. Roots that do not exist add nothing (fail closed). */
  async units(): Promise<number[] | null> {
    return this.restricted ? (await this.scopeSubtree()).ids : null;
  }

  private scopeSubtree(): Promise<Subtree> {
    this.visible ??= subtreeOf(this.sql, { codes: this.viewer!.scopeRoots });
    return this.visible;
  }

  /** `units()` as a Set, for checks on rows already read. */
  unitSet(): Promise<Set<number> | null> {
    this.visibleSet ??= this.units().then((ids) => (ids ? new Set(ids) : null));
    return this.visibleSet;
  }

  /** Whether the viewer may see this unit. */
  async sees(unitId: number): Promise<boolean> {
    const set = await this.unitSet();
    return !set || set.has(unitId);
  }

  /**
   * SQL condition restricting a unit id expression to the viewer's units, with its parameters;
   * null when nothing is hidden.
   */
  async unitCondition(unitIdExpr: string): Promise<{ sql: string; params: unknown[] } | null> {
    const ids = await this.units();
    return ids ? { sql: `${unitIdExpr} = any(?::int[])`, params: [ids] } : null;
  }

  /**
   * Which inspections (by status) the viewer may read (issue 10): APPROVED ones, everyone in scope;
   * SUBMITTED ones, their author, LEADERs and ADMINs (the reviewers); DRAFTs, their author and ADMINs.
   * An anonymous reader (ACCESS=open) sees APPROVED ones only. Null when nothing is withheld (ADMIN).
   * Every inspection read (lists and their totalCount, lookups by code or id, a unit's inspections,
   * findings and recommendations) applies it beside the unit scope.
   */
  inspectionCondition(alias: string): { sql: string; params: unknown[] } | null {
    const v = this.viewer;
    if (!v) return { sql: `${alias}.status = 'APPROVED'`, params: [] };
    if (v.role === 'ADMIN') return null;
    const shown = v.role === 'LEADER' ? `${alias}.status in ('APPROVED', 'SUBMITTED')` : `${alias}.status = 'APPROVED'`;
    return { sql: `(${shown} or ${alias}.author = ?)`, params: [v.login] };
  }

  /** inspectionCondition on a record already read. */
  seesInspection(i: { status: string; author?: string | null }): boolean {
    const v = this.viewer;
    if (i.status === 'APPROVED' || v?.role === 'ADMIN') return true;
    if (!v) return false;
    return (i.status === 'SUBMITTED' && v.role === 'LEADER') || (!!i.author && i.author === v.login);
  }

  /**
   * Looks up the unit codes a filter names (argument → code) in one statement. Unknown codes are an
   * input error naming the argument; for a scoped viewer an unknown code and a code outside the
   * scope are the same FORBIDDEN error, so the answer tells nothing about what lies outside.
   */
  async unitIds(codes: Record<string, string | null | undefined>): Promise<Record<string, number>> {
    const wanted = Object.entries(codes).filter((e): e is [string, string] => !!e[1]);
    if (!wanted.length) return {};
    const rows = await this.sql<{ id: number; code: string }>('select id, code from unit where code = any(?::text[])', [wanted.map((e) => e[1])]);
    const byCode = new Map(rows.map((r) => [r.code, r.id]));
    const set = await this.unitSet();
    const out: Record<string, number> = {};
    for (const [argument, code] of wanted) {
      const id = byCode.get(code);
      if (set && (id === undefined || !set.has(id))) throw outsideScope(argument, code);
      if (id === undefined) throw new InputProblem(argument, `unknown unit code "${code}"`);
      out[argument] = id;
    }
    return out;
  }

  /**
   * The units a query covers: the subtree of `withinUnitId` (already checked with `unitIds`, so
   * inside the scope), else the viewer's units; null = the whole city.
   */
  async within(withinUnitId: number | null | undefined): Promise<number[] | null> {
    return (await this.withinSubtree(withinUnitId))?.ids ?? null;
  }

  /**
   * `within` with, when every root is a DISTRICT, the districts of the subtree (nested ones
   * included): its units are then exactly the units whose district (unit_dim) is one of them.
   */
  async withinSubtree(withinUnitId: number | null | undefined): Promise<Subtree | null> {
    if (withinUnitId == null) return this.restricted ? this.scopeSubtree() : null;
    let s = this.subtrees.get(withinUnitId);
    if (!s) this.subtrees.set(withinUnitId, (s = subtreeOf(this.sql, { ids: [withinUnitId] })));
    return s;
  }
}

export interface Subtree {
  ids: number[];
  /** the DISTRICTs among ids when every root is a DISTRICT, else null */
  districtIds: number[] | null;
}

/** FORBIDDEN naming the argument and the code, the same whether the unit is unknown or outside. */
export function outsideScope(argument: string, code: string): GraphQLError {
  return new GraphQLError(`${argument}: no unit "${code}" in your scope`, { extensions: { code: 'FORBIDDEN', argument, http: { status: 403 } } });
}

/** Ids of the given units and everything below them (unit.parent_id), ascending, in one statement. */
export async function subtreeOf(sql: Sql, roots: { codes?: string[]; ids?: number[] }): Promise<Subtree> {
  const [row] = await sql<{ ids: number[] | null; districts: number[] | null; all_districts: boolean | null }>(
    `with recursive r as (select id, kind from unit where code = any(?::text[]) or id = any(?::int[])),
    t as (
      select id, kind from r
      union
      select c.id, c.kind from unit c join t on c.parent_id = t.id
    )
    select array_agg(id order by id) as ids,
      array_agg(id order by id) filter (where kind = 'DISTRICT') as districts,
      (select bool_and(kind = 'DISTRICT') from r) as all_districts
    from t`,
    [roots.codes ?? [], roots.ids ?? []],
  );
  return { ids: row.ids ?? [], districtIds: row.all_districts ? (row.districts ?? []) : null };
}
