import type { Context } from '../../shared/context.js';
import { InputProblem } from '../../shared/errors.js';
import { sqlFor } from '../../shared/sql.js';
import { DEFAULT_KINDS } from '../analytics/scope.js';
import { FACTORS, type Weights } from './factors.js';
import type { PriorityFactorDefinition, PriorityFilter } from './planning.types.js';

/** The factor definitions with the weights in effect. */
export function weightTable(weights: Weights): PriorityFactorDefinition[] {
  return FACTORS.map((f) => ({ name: f.name, labelVi: f.vi, labelEn: f.en, defaultWeight: f.weight, weight: weights[f.name], cap: f.cap, source: f.source }));
}

/** Units, district and subtree of a PriorityFilter; errors name the argument. */
export async function readFilter(ctx: Context, filter: PriorityFilter | null | undefined, prefix: string) {
  if (filter?.unitKinds && filter.unitKinds.length === 0) throw new InputProblem(`${prefix}.unitKinds`, 'give at least one kind, or leave it out for every kind but CITY');
  const sql = sqlFor(ctx.em);
  // codes through the scope: outside or unknown is the same FORBIDDEN for a scoped reader
  const ids = await ctx.scope.unitIds({ [`${prefix}.withinUnit`]: filter?.withinUnit, [`${prefix}.districtCode`]: filter?.districtCode });
  // the viewer's scope (SPEC §6.1): their roots' subtrees; [] = the whole city
  const roots = ctx.viewer?.scopeRoots ?? [];
  const scopeRootIds = roots.length ? (await sql<{ id: number }>('select id from unit where code = any(?::text[])', [roots])).map((r) => r.id) : null;
  return {
    scopeRootIds,
    kinds: (filter?.unitKinds ?? DEFAULT_KINDS) as string[],
    withinUnitId: ids[`${prefix}.withinUnit`] ?? null,
    districtId: ids[`${prefix}.districtCode`] ?? null,
  };
}

