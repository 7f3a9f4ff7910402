import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { AwardKind } from '../../shared/enums.js';
import { RecordFilter } from '../../shared/record-filter.js';

export enum AwardOrder {
  DATE_ASC = 'DATE_ASC',
  DATE_DESC = 'DATE_DESC',
  RECIPIENT = 'RECIPIENT',
}
registerEnumType(AwardOrder, {
  name: 'AwardOrder',
  description: 'Order of an award list.',
  valuesConfig: {
    DATE_ASC: { description: 'By decision date, oldest first (undated decisions last), then recipient code (default).' },
    DATE_DESC: { description: 'By decision date, newest first (undated decisions last), then recipient code.' },
    RECIPIENT: { description: 'By recipient code, then decision date.' },
  },
});

export enum AwardDecisionOrder {
  DATE_ASC = 'DATE_ASC',
  DATE_DESC = 'DATE_DESC',
  PERIOD = 'PERIOD',
}
registerEnumType(AwardDecisionOrder, {
  name: 'AwardDecisionOrder',
  description: 'Order of an award decision list.',
  valuesConfig: {
    DATE_ASC: { description: 'Oldest first, undated last (default).' },
    DATE_DESC: { description: 'Newest first, undated last.' },
    PERIOD: { description: 'By period (giai đoạn), decisions without one last, then date.' },
  },
});

const YEARS_RULE =
  'A dated decision counts by the year of its date; an undated one (known only by its period, like the 2015–2020 Bằng khen) when its period overlaps the years — the rule of awardStats.';

@InputType({ description: `Which awards (lượt khen thưởng, one per recipient of a decision) to list; units are the recipients as recorded. ${YEARS_RULE}` })
export class AwardFilter extends RecordFilter {
  @Field(() => String, { nullable: true, description: 'Giai đoạn — period label, e.g. "2015-2020".' })
  period?: string;

  @Field(() => [AwardKind], { nullable: true, description: 'Only these forms of award (hình thức khen thưởng).' })
  kinds?: AwardKind[];

  @Field(() => String, { nullable: true, description: 'Only awards to this unit, by code (same as unitCode).' })
  recipientCode?: string;

  @Field(() => String, { nullable: true, description: 'Accent-insensitive search in the issuer (cấp quyết định).' })
  issuer?: string;
}

@InputType({ description: `Which award decisions (quyết định khen thưởng) to list. ${YEARS_RULE}` })
export class AwardDecisionFilter {
  @Field(() => Int, { nullable: true, description: 'From this calendar year (inclusive).' })
  fromYear?: number;

  @Field(() => Int, { nullable: true, description: 'Up to this calendar year (inclusive).' })
  toYear?: number;

  @Field(() => String, { nullable: true, description: 'Giai đoạn — period label, e.g. "2015-2020".' })
  period?: string;

  @Field(() => [AwardKind], { nullable: true, description: 'Only these forms of award (hình thức khen thưởng).' })
  kinds?: AwardKind[];

  @Field(() => String, { nullable: true, description: 'Accent-insensitive search in the issuer (cấp quyết định).' })
  issuer?: string;

  @Field(() => String, { nullable: true, description: 'Only decisions with a recipient of this unit, by code.' })
  recipientCode?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only DEMO (generated) decisions; false: only decisions from real sources.' })
  demo?: boolean;
}
