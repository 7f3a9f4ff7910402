import { Field, InputType, Int } from 'type-graphql';
import { Structure } from '../modules/analytics/analytics.inputs.js';
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

  @Field(() => Structure, {
    nullable: true,
    defaultValue: Structure.AS_OF,
    description:
      'AS_OF (default): unitCode and districtCode are read against the unit each record was recorded against. CURRENT (SPEC §4, as in analytics): against its current successor (Unit.currentSuccessor) — `unitCode: "W1"` also lists the records of the units merged into W1, and `districtCode` is the successor\'s district. withinUnit and unitKinds, the scope, stay on the recorded unit as in analytics; `where` reads its unitCode and districtCode against the successor too (its unitKind stays on the recorded unit). For a scoped reader a successor outside the scope is not followed (the record counts under its recorded unit). The records themselves are unchanged: `unit` is still the recorded unit.',
  })
  structure?: Structure;
}
