import type { Context } from '../../shared/context.js';
import { InputProblem } from '../../shared/errors.js';
import { unitIds } from '../../shared/list.js';
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
  const ids = await unitIds(sqlFor(ctx.em), { [`${prefix}.withinUnit`]: filter?.withinUnit, [`${prefix}.districtCode`]: filter?.districtCode });
  return {
    kinds: (filter?.unitKinds ?? DEFAULT_KINDS) as string[],
    withinUnitId: ids[`${prefix}.withinUnit`] ?? null,
    districtId: ids[`${prefix}.districtCode`] ?? null,
  };
}

