import { Field, InputType, Int } from 'type-graphql';
import { UnitKind } from './enums.js';

/** Filters every list of unit records shares (inspections, findings, recommendations, plans, models, awards). */
@InputType('RecordFilter', { description: 'Filters shared by the lists of unit records (not used on its own).' })
export abstract class RecordFilter {
  @Field(() => Int, { nullable: true, description: 'From this calendar year (inclusive).' })
  fromYear?: number;

  @Field(() => Int, { nullable: true, description: 'Up to this calendar year (inclusive).' })
  toYear?: number;

  @Field(() => String, { nullable: true, description: 'Only records of this unit, by code.' })
  unitCode?: string;

  @Field(() => String, { nullable: true, description: 'Only records of this unit and its descendants (subtree), by code.' })
  withinUnit?: string;

  @Field(() => [UnitKind], { nullable: true, description: 'Only records of units of these kinds (loại đơn vị).' })
  unitKinds?: UnitKind[];

  @Field(() => String, { nullable: true, description: 'Only records of units in this district (quận, huyện), by code: the district itself and the units below it.' })
  districtCode?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only DEMO (generated) records; false: only records from real sources.' })
  demo?: boolean;
}
