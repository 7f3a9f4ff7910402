import { Field, Float, Int, ObjectType } from 'type-graphql';
import { UnitKind } from '../../shared/enums.js';

/** Dimension columns common to the unit-based rows; district and unit are resolved by id in one batch. */
@ObjectType({ description: "Dimension columns shared by analytics rows." })
export abstract class DimensionRow {
  @Field(() => Int, { nullable: true, description: 'Year (null unless YEAR is in `by`).' })
  year!: number | null;

  @Field(() => UnitKind, { nullable: true, description: 'Kind of unit (null unless UNIT_KIND is in `by`).' })
  unitKind!: UnitKind | null;

  districtId!: number | null;
  unitId!: number | null;
}

@ObjectType({ description: 'Độ bao phủ kiểm tra — inspection coverage: units in scope with at least one inspection ÷ units in scope.' })
export class CoverageRow extends DimensionRow {
  @Field(() => Int, { description: 'Số đơn vị thuộc phạm vi — units in scope (the denominator).' })
  unitsInScope!: number;

  @Field(() => Int, { description: 'Units in scope inspected at least once (the numerator).' })
  unitsInspected!: number;

  @Field(() => Int, { description: 'Number of inspections of units in scope.' })
  inspections!: number;

  @Field(() => Float, { nullable: true, description: 'unitsInspected ÷ unitsInScope; null when no unit is in scope.' })
  rate!: number | null;
}
