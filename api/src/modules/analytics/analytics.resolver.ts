import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { sqlFor } from '../../shared/sql.js';
import { Unit } from '../unit/unit.entity.js';
import { AnalyticsFilter, Dimension } from './analytics.inputs.js';
import { CoverageRow, DimensionRow } from './analytics.types.js';
import { coverage } from './coverage.service.js';
import { resolveScope } from './scope.js';

@Resolver(() => DimensionRow)
export class DimensionRowResolver {
  @FieldResolver(() => Unit, { nullable: true, description: 'District (null unless DISTRICT is in `by`, or the unit has no district).' })
  district(@Root() row: DimensionRow, @Ctx() ctx: Context) {
    return row.districtId == null ? null : ctx.loaders.unit.load(row.districtId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Unit (null unless UNIT is in `by`).' })
  unit(@Root() row: DimensionRow, @Ctx() ctx: Context) {
    return row.unitId == null ? null : ctx.loaders.unit.load(row.unitId);
  }
}

@Resolver(() => CoverageRow)
export class CoverageRowResolver extends DimensionRowResolver {}

@Resolver()
export class AnalyticsResolver {
  @Query(() => [CoverageRow], {
    description:
      'Độ bao phủ kiểm tra — inspection coverage (SPEC §4): units in scope with ≥ 1 inspection ÷ units in scope, per year or over the span, by the dimensions in `by`. `by: []` gives one total row.',
  })
  async coverage(
    @Arg('filter', () => AnalyticsFilter) filter: AnalyticsFilter,
    @Arg('by', () => [Dimension], { description: 'Breakdown; YEAR absent = span rule.' }) by: Dimension[],
    @Ctx() ctx: Context,
  ): Promise<CoverageRow[]> {
    const sql = sqlFor(ctx.em);
    return coverage(sql, await resolveScope(sql, filter), by) as Promise<CoverageRow[]>;
  }
}
