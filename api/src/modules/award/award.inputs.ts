import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { AwardKind } from '../../shared/enums.js';
import { RecordFilter } from '../../shared/record-filter.js';
import { LOGIC, UnitRecordWhere } from '../../shared/record-where.js';
import { AwardKindCondition, DateCondition, IntCondition, StringCondition } from '../../shared/where.js';

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

@InputType({ description: `Which awards, as conditions combined with and, or, not (issue 11.3), e.g. \`{ kind: { eq: BANG_KHEN }, or: [{ decisionDate: { gte: "2020-01-01" } }, { periodTo: { eq: 2020 } }] }\`. ${LOGIC.rule}` })
export class AwardWhere extends UnitRecordWhere {
  @Field(() => [AwardWhere], { nullable: true, description: LOGIC.and })
  and?: AwardWhere[];

  @Field(() => [AwardWhere], { nullable: true, description: LOGIC.or })
  or?: AwardWhere[];

  @Field(() => AwardWhere, { nullable: true, description: LOGIC.not })
  not?: AwardWhere;

  @Field(() => StringCondition, { nullable: true, description: 'The decision\'s number and symbol (số, ký hiệu); empty when the source does not give it.' })
  decisionNumber?: StringCondition;

  @Field(() => DateCondition, { nullable: true, description: 'The date the decision was signed; empty when unknown (a decision known only by its period).' })
  decisionDate?: DateCondition;

  @Field(() => StringCondition, { nullable: true, description: 'Who issued the decision (cấp quyết định); `contains` ignores accents and case.' })
  issuer?: StringCondition;

  @Field(() => AwardKindCondition, { nullable: true, description: 'Hình thức khen thưởng.' })
  kind?: object;

  @Field(() => IntCondition, { nullable: true, description: 'First year of the period rewarded (giai đoạn); empty when the decision has none.' })
  periodFrom?: IntCondition;

  @Field(() => IntCondition, { nullable: true, description: 'Last year of the period rewarded; empty when the decision has none.' })
  periodTo?: IntCondition;

  @Field(() => StringCondition, { nullable: true, description: 'What it was awarded for (thành tích); empty when not recorded.' })
  citation?: StringCondition;
}

@InputType({ description: `Which award decisions, as conditions combined with and, or, not (issue 11.3), e.g. \`{ or: [{ number: { isNull: true } }, { kind: { eq: GIAY_KHEN } }] }\`. ${LOGIC.rule}` })
export class AwardDecisionWhere {
  @Field(() => [AwardDecisionWhere], { nullable: true, description: LOGIC.and })
  and?: AwardDecisionWhere[];

  @Field(() => [AwardDecisionWhere], { nullable: true, description: LOGIC.or })
  or?: AwardDecisionWhere[];

  @Field(() => AwardDecisionWhere, { nullable: true, description: LOGIC.not })
  not?: AwardDecisionWhere;

  @Field(() => StringCondition, { nullable: true, description: 'Number and symbol (số, ký hiệu); empty when the source does not give it.' })
  number?: StringCondition;

  @Field(() => DateCondition, { nullable: true, description: 'Date signed; empty when unknown.' })
  date?: DateCondition;

  @Field(() => StringCondition, { nullable: true, description: 'Who issued it (cấp quyết định); `contains` ignores accents and case.' })
  issuer?: StringCondition;

  @Field(() => AwardKindCondition, { nullable: true, description: 'Hình thức khen thưởng.' })
  kind?: object;

  @Field(() => IntCondition, { nullable: true, description: 'First year of the period rewarded (giai đoạn); empty when it has none.' })
  periodFrom?: IntCondition;

  @Field(() => IntCondition, { nullable: true, description: 'Last year of the period rewarded; empty when it has none.' })
  periodTo?: IntCondition;
}
