import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { UnitKind } from '../../shared/enums.js';
import { LOGIC, UnitRecordWhere } from '../../shared/record-where.js';
import { DateCondition, IntCondition, StringCondition } from '../../shared/where.js';

export enum Structure {
  AS_OF = 'AS_OF',
  CURRENT = 'CURRENT',
}
export enum Dimension {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
  DISTRICT = 'DISTRICT',
  UNIT_KIND = 'UNIT_KIND',
  UNIT = 'UNIT',
}
export enum ComplianceDimension {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
  DISTRICT = 'DISTRICT',
  UNIT_KIND = 'UNIT_KIND',
  UNIT = 'UNIT',
  CATEGORY = 'CATEGORY',
}
export enum AwardDimension {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
  DISTRICT = 'DISTRICT',
  UNIT_KIND = 'UNIT_KIND',
  UNIT = 'UNIT',
  PERIOD = 'PERIOD',
  KIND = 'KIND',
}

registerEnumType(Structure, {
  name: 'Structure',
  description: 'Which organisation structure records are counted under.',
  valuesConfig: {
    AS_OF: { description: 'Theo cơ cấu tại thời điểm — each record counts under the unit it was recorded against (default).' },
    CURRENT: {
      description:
        'Theo cơ cấu hiện nay — each record counts under its unit\'s current successor (MERGE, RENAME, TRANSFER to the single target, SPLIT to the first listed target, until a unit that still exists). Scope is decided on the recorded units; coverage then counts distinct successors.',
    },
  },
});
registerEnumType(Dimension, {
  name: 'Dimension',
  description: 'A breakdown of an analytics table. A dimension left out of `by` is null in every row.',
  valuesConfig: {
    YEAR: { description: 'Năm — calendar year of the event date. Without YEAR (or QUARTER, MONTH), coverage uses the span rule over the whole [fromYear, toYear] (cut to fromDate/toDate).' },
    QUARTER: { description: 'Quý — calendar quarter (1–4) of the event date; with YEAR one row per quarter of each year, without it the quarters of all the years together. Coverage per quarter = units inspected in the quarter ÷ units active in it. Not for planRate (plans are annual).' },
    MONTH: { description: 'Tháng — calendar month (1–12) of the event date; with YEAR one row per month of each year, without it the months of all the years together. Coverage per month = units inspected in the month ÷ units active in it. Not for planRate (plans are annual).' },
    DISTRICT: { description: 'Quận, huyện — the unit itself if a DISTRICT, else its nearest DISTRICT ancestor, else null.' },
    UNIT_KIND: { description: 'Loại đơn vị — kind of unit.' },
    UNIT: { description: 'Đơn vị — each unit.' },
  },
});
registerEnumType(ComplianceDimension, {
  name: 'ComplianceDimension',
  description: 'A breakdown of complianceSummary: the unit dimensions of Dimension and the requirement group; never single requirements (that is `compliance`).',
  valuesConfig: {
    YEAR: { description: 'Năm — calendar year of the inspection date.' },
    QUARTER: { description: 'Quý — calendar quarter (1–4) of the inspection date.' },
    MONTH: { description: 'Tháng — calendar month (1–12) of the inspection date.' },
    DISTRICT: { description: 'Quận, huyện — district of the inspected unit (or of its current successor under CURRENT).' },
    UNIT_KIND: { description: 'Loại đơn vị — kind of the inspected unit (or of its current successor under CURRENT).' },
    UNIT: { description: 'Đơn vị — each inspected unit (its current successor under CURRENT).' },
    CATEGORY: { description: 'Nhóm nội dung — the requirement group (LEADERSHIP, PUBLICIZE, …) the findings are about.' },
  },
});
registerEnumType(AwardDimension, {
  name: 'AwardDimension',
  description: 'A breakdown of award counts.',
  valuesConfig: {
    YEAR: { description: 'Year of the decision date (null when the decision date is unknown).' },
    QUARTER: { description: 'Quý — quarter (1–4) of the decision date (null when unknown).' },
    MONTH: { description: 'Tháng — month (1–12) of the decision date (null when unknown).' },
    DISTRICT: { description: 'District of the recipient.' },
    UNIT_KIND: { description: 'Kind of the recipient.' },
    UNIT: { description: 'The recipient.' },
    PERIOD: { description: 'Giai đoạn — the decision\'s period label "<from>-<to>", e.g. "2015-2020"; null when it has none.' },
    KIND: { description: 'Hình thức khen thưởng — the award form, e.g. BANG_KHEN.' },
  },
});

@InputType({ description: 'Which years, units and structure an analytics query covers (SPEC §4).' })
export class AnalyticsFilter {
  @Field(() => Int, { description: 'First calendar year, inclusive.' })
  fromYear!: number;

  @Field(() => Int, { description: 'Last calendar year, inclusive.' })
  toYear!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Từ ngày — first day counted (YYYY-MM-DD), within fromYear–toYear. With toDate, a date range: only events dated in it count, and a unit is in scope in a period (year, quarter, month, or the span) when it is active in the part of the period inside the range. Default: 1 January of fromYear.',
  })
  fromDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Đến ngày — last day counted (YYYY-MM-DD), inclusive; see fromDate. Default: 31 December of toYear.' })
  toDate?: string | null;

  @Field(() => [UnitKind], { nullable: true, description: 'Kinds of unit in scope; default every kind but CITY.' })
  unitKinds?: UnitKind[] | null;

  @Field(() => String, { nullable: true, description: 'Code of a unit: restrict the scope to it and its descendants (subtree).' })
  withinUnit?: string | null;

  @Field(() => Structure, { nullable: true, defaultValue: Structure.AS_OF, description: 'AS_OF (default) or CURRENT structure.' })
  structure?: Structure | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Tạm tính — also count SUBMITTED inspections (waiting for approval) beside the APPROVED ones; default false: APPROVED only (SPEC §6.3). Drafts never count. Figures with it are provisional: show them marked "tạm tính".',
  })
  includeProvisional?: boolean | null;
}

@InputType({ description: 'Which units uninspectedUnits considers: units active on asOf, of the given kinds, in a subtree or district.' })
export class UninspectedFilter {
  @Field(() => String, { nullable: true, description: 'The date to plan from (YYYY-MM-DD); default today. Units active that day; inspections up to that day.' })
  asOf?: string | null;

  @Field(() => [UnitKind], { nullable: true, description: 'Kinds of unit; default every kind but CITY.' })
  unitKinds?: UnitKind[] | null;

  @Field(() => String, { nullable: true, description: 'Only that unit and its descendants (subtree), by code.' })
  withinUnit?: string | null;

  @Field(() => String, { nullable: true, description: 'Only units of this district (quận, huyện), by code.' })
  districtCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Count the inspections of the units that became this one (predecessors through lineage events, transitively) as its own: e.g. Sở Tài chính (2025) inherits the 2021 inspection of Sở Kế hoạch và Đầu tư.',
  })
  includePredecessors?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only units not inspected since this date (YYYY-MM-DD): last inspection before it, or never.' })
  notInspectedSince?: string | null;
}

@InputType({
  description: `Which rows of uninspectedUnits, as conditions combined with and, or, not (issue 11.3), e.g. \`{ or: [{ inspections: { eq: 0 } }, { daysSince: { gt: 730 } }] }\`; applied after the rows are computed for asOf (daysSince and inspections as the rows give them). ${LOGIC.rule}`,
})
export class UninspectedWhere extends UnitRecordWhere {
  @Field(() => [UninspectedWhere], { nullable: true, description: LOGIC.and })
  and?: UninspectedWhere[];

  @Field(() => [UninspectedWhere], { nullable: true, description: LOGIC.or })
  or?: UninspectedWhere[];

  @Field(() => UninspectedWhere, { nullable: true, description: LOGIC.not })
  not?: UninspectedWhere;

  @Field(() => StringCondition, { nullable: true, description: 'The unit, by code; a code given in eq, in or notIn must be a unit in the reader\'s scope.' })
  declare unitCode?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'The district (quận, huyện) of the unit, by code (empty for units under no district); codes in eq, in or notIn must be units in the reader\'s scope.' })
  declare districtCode?: StringCondition;

  @Field(() => DateCondition, { nullable: true, description: 'Date of the last inspection counted, on or before asOf; empty = never inspected.' })
  lastInspectionDate?: DateCondition;

  @Field(() => IntCondition, { nullable: true, description: 'Days from the last inspection to asOf; empty = never inspected (`daysSince: { gt: 365 }` leaves those out, `or` with `inspections: { eq: 0 }` takes them in).' })
  daysSince?: IntCondition;

  @Field(() => IntCondition, { nullable: true, description: 'Number of inspections counted up to asOf (with includePredecessors, theirs too).' })
  inspections?: IntCondition;
}
