import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { DateScalar } from '../../shared/date-scalar.js';
import { InputProblem } from '../../shared/errors.js';
import { sqlFor } from '../../shared/sql.js';
import { Inspection } from '../inspection/inspection.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { resolveWeights } from './factors.js';
import { readFilter, weightTable } from './filter.js';
import {
  DraftProgramme, FactorWeightInput, InspectionPriority, PriorityFactorDefinition, PriorityFilter, ProgrammeInput, ProgrammeVisit, UncoveredUnit,
} from './planning.types.js';
import { inspectionPriorities, PriorityOrder, type PriorityRow } from './priorities.service.js';
import { planProgramme } from './programme.service.js';

export const MAX_PRIORITY_ROWS = 500;

@Resolver(() => InspectionPriority)
export class InspectionPriorityResolver {
  @FieldResolver(() => Unit, { description: 'Đơn vị — the unit (active on asOf).' })
  async unit(@Root() row: PriorityRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.unit.load(row.unitId))!;
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Quận, huyện — the unit\'s district, or its predecessors\' (see districtFromPredecessors); null = none.' })
  district(@Root() row: PriorityRow, @Ctx() ctx: Context) {
    return row.districtId == null ? null : ctx.loaders.unit.load(row.districtId);
  }

  @FieldResolver(() => Inspection, {
    nullable: true,
    description: 'Lần kiểm tra gần nhất — the last inspection on or before asOf of the unit or of a predecessor (its `unit` says whose); null = never inspected.',
  })
  lastInspection(@Root() row: PriorityRow, @Ctx() ctx: Context) {
    return row.lastInspectionId == null ? null : ctx.loaders.inspection.load(row.lastInspectionId);
  }

  @FieldResolver(() => Boolean, { description: 'Kế thừa — true when the last inspection was of a predecessor, not of the unit itself.' })
  lastInspectionInherited(@Root() row: PriorityRow) {
    return row.lastInspectionUnitId != null && row.lastInspectionUnitId !== row.unitId;
  }
}

@Resolver(() => ProgrammeVisit)
export class ProgrammeVisitResolver {
  @FieldResolver(() => Unit, { description: 'Đơn vị — the unit to visit.' })
  async unit(@Root() v: ProgrammeVisit, @Ctx() ctx: Context) {
    return (await ctx.loaders.unit.load(v.unitId))!;
  }

  @FieldResolver(() => InspectionPriority, { description: 'The unit\'s priority row (score, factors, last inspection) the proposal rests on.' })
  priority(@Root() v: ProgrammeVisit) {
    return v.row;
  }
}

@Resolver(() => UncoveredUnit)
export class UncoveredUnitResolver {
  @FieldResolver(() => Unit, { description: 'Đơn vị — the unit.' })
  async unit(@Root() v: UncoveredUnit, @Ctx() ctx: Context) {
    return (await ctx.loaders.unit.load(v.unitId))!;
  }

  @FieldResolver(() => InspectionPriority, { description: 'The unit\'s priority row.' })
  priority(@Root() v: UncoveredUnit) {
    return v.row;
  }
}

@Resolver()
export class PlanningResolver {
  @Query(() => [InspectionPriority], {
    description:
      'Ưu tiên kiểm tra — units active on asOf ranked for the next inspection round by a transparent risk score (docs/PLANNING.md: the team\'s proposal). Each row carries its history across restructurings (the last inspection of the unit or of a predecessor, years since, inspections in the last 5 years, last rating and compliance score, open and overdue recommendations) and every factor with its value, weight and points, which add up to the score. One SQL statement.',
  })
  async inspectionPriorities(
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { description: 'Ngày xét — units active that day; inspections, recommendations and lineage events up to that day.' }) asOf: string,
    @Arg('filter', () => PriorityFilter, { nullable: true, description: 'Unit kinds, district, subtree.' }) filter?: PriorityFilter,
    @Arg('orderBy', () => PriorityOrder, { nullable: true, defaultValue: PriorityOrder.SCORE, description: 'Order (default SCORE, highest first).' }) orderBy?: PriorityOrder,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 100, description: `How many rows (1–${MAX_PRIORITY_ROWS}, default 100).` }) limit?: number,
    @Arg('weights', () => [FactorWeightInput], { nullable: true, description: 'Weights overriding the defaults (see priorityFactors).' }) weights?: FactorWeightInput[],
  ): Promise<PriorityRow[]> {
    const n = limit ?? 100;
    if (!Number.isInteger(n) || n < 1 || n > MAX_PRIORITY_ROWS) throw new InputProblem('limit', `must be between 1 and ${MAX_PRIORITY_ROWS}, got ${n}`);
    const f = await readFilter(ctx, filter, 'filter');
    return inspectionPriorities(sqlFor(ctx.em), { asOf, ...f, weights: resolveWeights(weights), orderBy: orderBy ?? PriorityOrder.SCORE, limit: n });
  }

  @Query(() => [PriorityFactorDefinition], {
    description: 'Yếu tố rủi ro — the factors of the priority score: labels, default weights, caps, sources, and the weights in effect with the given overrides.',
  })
  priorityFactors(@Arg('weights', () => [FactorWeightInput], { nullable: true, description: 'Overrides, as for inspectionPriorities.' }) weights?: FactorWeightInput[]): PriorityFactorDefinition[] {
    return weightTable(resolveWeights(weights));
  }

  @Query(() => DraftProgramme, {
    description:
      'Dự thảo chương trình kiểm tra — a draft programme for a year (a proposal, not a decision): with the given teams and capacities, every unit at least once in N years (earliest deadlines first, so the cycle holds when capacity allows), then the highest scores; visits dealt to teams in proportion to capacity, mixed across districts, spread over the months. Units the capacity cannot reach in time are listed in `uncovered`. Deterministic: the same input gives the same programme.',
  })
  async draftProgramme(@Ctx() ctx: Context, @Arg('input', () => ProgrammeInput, { description: 'Year, N, teams, adjustments.' }) input: ProgrammeInput): Promise<DraftProgramme> {
    return planProgramme(ctx, input);
  }
}
