import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { DateScalar } from '../../shared/date-scalar.js';
import { UnitKind } from '../../shared/enums.js';
import { sqlFor } from '../../shared/sql.js';
import { vietnamToday } from '../remediation/remediation.service.js';
import { boundariesOn } from './boundary.service.js';
import { BoundaryCollection } from './boundary.types.js';

@Resolver(() => BoundaryCollection)
export class BoundaryResolver {
  @Query(() => BoundaryCollection, {
    description: 'Ranh giới — the units\' boundaries on a day, as a GeoJSON FeatureCollection (imported with `qcdc import FILE.geojson`); scoped like every list. Empty when no boundaries are loaded.',
  })
  async boundaries(
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Ngày — the day (default today in Việt Nam): the units active then, each with its shape of that day (after 2025-07-01 the merged wards and communes).' }) asOf?: string,
    @Arg('withinUnit', () => String, { nullable: true, description: 'Trong đơn vị — only this unit and the units under it (its code).' }) withinUnit?: string,
    @Arg('unitKinds', () => [UnitKind], { nullable: true, description: 'Loại đơn vị — only units of these kinds (e.g. WARD, COMMUNE); all when left out.' }) unitKinds?: UnitKind[],
  ): Promise<BoundaryCollection> {
    return boundariesOn(sqlFor(ctx.em), ctx.scope, { asOf: asOf ?? vietnamToday(), withinUnit, unitKinds });
  }
}
