import { Field, InputType, registerEnumType } from 'type-graphql';
import { FindingResult, InspectionKind, InspectionStatus, Rating, RecommendationStatus, RequirementCategory } from '../../shared/enums.js';
import { RecordFilter } from '../../shared/record-filter.js';
import { LOGIC } from '../../shared/record-where.js';
import { DateCondition, EnumCondition, IntCondition, StringCondition, UnitKindCondition } from '../../shared/where.js';

export enum InspectionOrder {
  DATE_DESC = 'DATE_DESC',
  DATE_ASC = 'DATE_ASC',
  CODE = 'CODE',
  UNIT = 'UNIT',
  RATING = 'RATING',
}
registerEnumType(InspectionOrder, {
  name: 'InspectionOrder',
  description: 'Order of an inspection list.',
  valuesConfig: {
    DATE_DESC: { description: 'Newest first (default), then code.' },
    DATE_ASC: { description: 'Oldest first, then code.' },
    CODE: { description: 'By inspection code.' },
    UNIT: { description: 'By unit code, then date.' },
    RATING: { description: 'Best rating first (Xuất sắc … Chưa đạt, unrated last), then newest.' },
  },
});

export enum FindingOrder {
  DATE_DESC = 'DATE_DESC',
  DATE_ASC = 'DATE_ASC',
  REQUIREMENT = 'REQUIREMENT',
  RESULT = 'RESULT',
}
registerEnumType(FindingOrder, {
  name: 'FindingOrder',
  description: 'Order of a finding list.',
  valuesConfig: {
    DATE_DESC: { description: 'Newest inspection first (default), then inspection code and requirement code.' },
    DATE_ASC: { description: 'Oldest inspection first, then inspection code and requirement code.' },
    REQUIREMENT: { description: 'By requirement code, then newest inspection.' },
    RESULT: { description: 'Worst result first (Chưa đạt, Đạt một phần, Đạt, Không áp dụng), then newest.' },
  },
});

export enum RecommendationOrder {
  DUE_DATE = 'DUE_DATE',
  DATE_DESC = 'DATE_DESC',
  DATE_ASC = 'DATE_ASC',
  STATUS = 'STATUS',
}
registerEnumType(RecommendationOrder, {
  name: 'RecommendationOrder',
  description: 'Order of a recommendation list.',
  valuesConfig: {
    DUE_DATE: { description: 'Earliest deadline first (no deadline last), then inspection date (default).' },
    DATE_DESC: { description: 'Newest inspection first, then seq.' },
    DATE_ASC: { description: 'Oldest inspection first, then seq.' },
    STATUS: { description: 'Open first, then in progress, then resolved; earliest deadline first within each.' },
  },
});

export enum TeamOrder {
  NAME = 'NAME',
  INSPECTIONS = 'INSPECTIONS',
}
registerEnumType(TeamOrder, {
  name: 'TeamOrder',
  description: 'Order of an inspection team list.',
  valuesConfig: {
    NAME: { description: 'By name in Vietnamese order (default; "số 2" before "số 10").' },
    INSPECTIONS: { description: 'Most inspections first, then name.' },
  },
});

@InputType({ description: 'Which inspections (cuộc kiểm tra) to list; years are those of the inspection date.' })
export class InspectionFilter extends RecordFilter {
  @Field(() => String, { nullable: true, description: 'Only inspections by this team (Đoàn kiểm tra), by name.' })
  team?: string;

  @Field(() => [InspectionKind], { nullable: true, description: 'Only these forms of inspection (hình thức kiểm tra).' })
  kinds?: InspectionKind[];

  @Field(() => [Rating], { nullable: true, description: 'Only these ratings (xếp loại).' })
  ratings?: Rating[];
}

@InputType({ description: 'Which findings (kết quả theo tiêu chí) to list; years and units are those of the inspection.' })
export class FindingFilter extends RecordFilter {
  @Field(() => String, { nullable: true, description: 'Only findings of this inspection, by code.' })
  inspectionCode?: string;

  @Field(() => [String], { nullable: true, description: 'Only findings on these requirements, by code.' })
  requirementCodes?: string[];

  @Field(() => [RequirementCategory], { nullable: true, description: 'Only findings on requirements of these categories (nhóm nội dung).' })
  categories?: RequirementCategory[];

  @Field(() => [FindingResult], { nullable: true, description: 'Only these results (kết quả).' })
  results?: FindingResult[];

  @Field(() => String, { nullable: true, description: 'Only findings of inspections by this team (Đoàn kiểm tra), by name.' })
  team?: string;
}

@InputType({ description: 'Which recommendations (kiến nghị) to list; years and units are those of the inspection that made them.' })
export class RecommendationFilter extends RecordFilter {
  @Field(() => String, { nullable: true, description: 'Only recommendations of this inspection, by code.' })
  inspectionCode?: string;

  @Field(() => [RecommendationStatus], { nullable: true, description: 'Only these current statuses (tình trạng khắc phục).' })
  statuses?: RecommendationStatus[];

  @Field(() => String, { nullable: true, description: 'Only those open on this date (YYYY-MM-DD, SPEC §4): made by an inspection on or before it and not resolved on or before it.' })
  openOn?: string;

  @Field(() => String, { nullable: true, description: 'Only those overdue on this date (YYYY-MM-DD, SPEC §4): open on it with a due date before it.' })
  overdueOn?: string;
}

@InputType({ description: 'Which inspection teams (Đoàn kiểm tra) to list.' })
export class TeamFilter {
  @Field(() => String, { nullable: true, description: 'Accent-insensitive search in the name, committee and leader.' })
  search?: string;
}

@InputType({ description: `Which inspection teams, as conditions combined with and, or, not (issue 11.3), e.g. \`{ name: { contains: "so 2" }, leader: { isNull: false } }\`. ${LOGIC.rule}` })
export class TeamWhere {
  @Field(() => [TeamWhere], { nullable: true, description: LOGIC.and })
  and?: TeamWhere[];

  @Field(() => [TeamWhere], { nullable: true, description: LOGIC.or })
  or?: TeamWhere[];

  @Field(() => TeamWhere, { nullable: true, description: LOGIC.not })
  not?: TeamWhere;

  @Field(() => StringCondition, { nullable: true, description: 'The team\'s name (tên đoàn); `contains` ignores accents and case ("so 2" finds "Đoàn kiểm tra số 2").' })
  name?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'The committee it belongs to (Ban Chỉ đạo); empty when unknown.' })
  committee?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'Its usual leader (trưởng đoàn); empty when unknown.' })
  leader?: StringCondition;
}

/** Ratings worst first: `rating: { gte: GOOD }` is GOOD or EXCELLENT. */
export const RATING_ASCENDING = [Rating.UNSATISFACTORY, Rating.SATISFACTORY, Rating.GOOD, Rating.EXCELLENT] as const;

export const InspectionKindCondition = EnumCondition('InspectionKindCondition', InspectionKind, 'the form of an inspection (hình thức kiểm tra)');
export const RatingCondition = EnumCondition('RatingCondition', Rating, 'a rating (xếp loại)', RATING_ASCENDING);
export const InspectionStatusCondition = EnumCondition('InspectionStatusCondition', InspectionStatus, 'the review status of an inspection (trạng thái duyệt)');
export const FindingResultCondition = EnumCondition('FindingResultCondition', FindingResult, 'the result of a finding (kết quả)');
export const RequirementCategoryCondition = EnumCondition('RequirementCategoryCondition', RequirementCategory, 'the category of a requirement (nhóm nội dung)');
export const RecommendationStatusCondition = EnumCondition('RecommendationStatusCondition', RecommendationStatus, 'the status of a recommendation (tình trạng khắc phục)');

@InputType({
  description:
    'Which inspections, as conditions combined with and, or, not (issue 11.3), e.g. `{ or: [{ rating: { in: [EXCELLENT] } }, { not: { kind: { eq: PERIODIC } } }] }`. ' +
    'The fields given in one object must all hold; at most 5 levels of nesting and 50 conditions. Applies together with `filter` and the reader\'s scope.',
})
export class InspectionWhere {
  @Field(() => [InspectionWhere], { nullable: true, description: 'Every one of these holds (an empty list: always true).' })
  and?: InspectionWhere[];

  @Field(() => [InspectionWhere], { nullable: true, description: 'At least one of these holds (an empty list: never true).' })
  or?: InspectionWhere[];

  @Field(() => InspectionWhere, { nullable: true, description: 'This does not hold (records with an empty field compared inside are kept).' })
  not?: InspectionWhere;

  @Field(() => StringCondition, { nullable: true, description: 'The inspection code.' })
  code?: StringCondition;

  @Field(() => DateCondition, { nullable: true, description: 'The date of the visit.' })
  date?: DateCondition;

  @Field(() => IntCondition, { nullable: true, description: 'The calendar year of the visit.' })
  year?: IntCondition;

  @Field(() => InspectionKindCondition, { nullable: true, description: 'Hình thức kiểm tra (empty when the source does not say).' })
  kind?: object;

  @Field(() => RatingCondition, { nullable: true, description: 'Xếp loại, ordered UNSATISFACTORY < SATISFACTORY < GOOD < EXCELLENT (empty when none was given).' })
  rating?: object;

  @Field(() => InspectionStatusCondition, { nullable: true, description: 'Trạng thái duyệt (a reader sees only the statuses their role may see).' })
  status?: object;

  @Field(() => StringCondition, { nullable: true, description: 'The team (Đoàn kiểm tra), by name; a name given in eq, in or notIn must be a team the reader can see.' })
  team?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'The inspected unit, by code (with filter.structure CURRENT: its current successor); a code given in eq, in or notIn must be a unit in the reader\'s scope.' })
  unitCode?: StringCondition;

  @Field(() => UnitKindCondition, { nullable: true, description: 'The kind of the inspected unit.' })
  unitKind?: object;

  @Field(() => StringCondition, { nullable: true, description: 'The district (quận, huyện) of the inspected unit (with filter.structure CURRENT: of its current successor), by code (empty for units under no district); codes in eq, in or notIn must be units in the reader\'s scope.' })
  districtCode?: StringCondition;
}

/** The fields of the inspection a finding or recommendation belongs to, in their where. */
@InputType('InspectedWhere', { description: 'The fields of the inspection in the where of its findings and recommendations (not used on its own).' })
export abstract class InspectedWhere {
  @Field(() => StringCondition, { nullable: true, description: 'The code of the inspection.' })
  inspectionCode?: StringCondition;

  @Field(() => DateCondition, { nullable: true, description: 'The date of the inspection.' })
  date?: DateCondition;

  @Field(() => IntCondition, { nullable: true, description: 'The calendar year of the inspection.' })
  year?: IntCondition;

  @Field(() => StringCondition, { nullable: true, description: 'The inspection team (Đoàn kiểm tra), by name; a name given in eq, in or notIn must be a team the reader can see.' })
  team?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'The inspected unit, by code (with filter.structure CURRENT: its current successor); a code given in eq, in or notIn must be a unit in the reader\'s scope.' })
  unitCode?: StringCondition;

  @Field(() => UnitKindCondition, { nullable: true, description: 'The kind of the inspected unit.' })
  unitKind?: object;

  @Field(() => StringCondition, { nullable: true, description: 'The district (quận, huyện) of the inspected unit (with filter.structure CURRENT: of its current successor), by code (empty for units under no district); codes in eq, in or notIn must be units in the reader\'s scope.' })
  districtCode?: StringCondition;
}

@InputType({
  description:
    'Which findings, as conditions combined with and, or, not (issue 11.3), e.g. `{ result: { in: [PARTIAL, NON_COMPLIANT] }, not: { category: { eq: PUBLICIZE } } }`. ' +
    'The fields given in one object must all hold; at most 5 levels of nesting and 50 conditions. Applies together with `filter` and the reader\'s scope.',
})
export class FindingWhere extends InspectedWhere {
  @Field(() => [FindingWhere], { nullable: true, description: 'Every one of these holds (an empty list: always true).' })
  and?: FindingWhere[];

  @Field(() => [FindingWhere], { nullable: true, description: 'At least one of these holds (an empty list: never true).' })
  or?: FindingWhere[];

  @Field(() => FindingWhere, { nullable: true, description: 'This does not hold (records with an empty field compared inside are kept).' })
  not?: FindingWhere;

  @Field(() => FindingResultCondition, { nullable: true, description: 'Kết quả.' })
  result?: object;

  @Field(() => StringCondition, { nullable: true, description: 'The requirement checked, by code; a code given in eq, in or notIn must exist.' })
  requirementCode?: StringCondition;

  @Field(() => RequirementCategoryCondition, { nullable: true, description: 'The category of the requirement (nhóm nội dung).' })
  category?: object;

  @Field(() => StringCondition, { nullable: true, description: 'What the team observed (ghi chú; empty when the source says nothing).' })
  note?: StringCondition;
}

@InputType({
  description:
    'Which recommendations, as conditions combined with and, or, not (issue 11.3), e.g. `{ dueDate: { lt: "2024-03-01" }, not: { status: { eq: RESOLVED } } }`. ' +
    'The fields given in one object must all hold; at most 5 levels of nesting and 50 conditions. Applies together with `filter` and the reader\'s scope.',
})
export class RecommendationWhere extends InspectedWhere {
  @Field(() => [RecommendationWhere], { nullable: true, description: 'Every one of these holds (an empty list: always true).' })
  and?: RecommendationWhere[];

  @Field(() => [RecommendationWhere], { nullable: true, description: 'At least one of these holds (an empty list: never true).' })
  or?: RecommendationWhere[];

  @Field(() => RecommendationWhere, { nullable: true, description: 'This does not hold (records with an empty field compared inside are kept: `not: { dueDate: { lt: … } }` includes those without a deadline).' })
  not?: RecommendationWhere;

  @Field(() => IntCondition, { nullable: true, description: 'The number within the inspection.' })
  seq?: IntCondition;

  @Field(() => StringCondition, { nullable: true, description: 'What is to be remedied (nội dung kiến nghị).' })
  text?: StringCondition;

  @Field(() => DateCondition, { nullable: true, description: 'The deadline (hạn khắc phục); empty when none was set.' })
  dueDate?: DateCondition;

  @Field(() => RecommendationStatusCondition, { nullable: true, description: 'The current status (tình trạng khắc phục).' })
  status?: object;

  @Field(() => DateCondition, { nullable: true, description: 'The date it was resolved (ngày khắc phục xong); empty while it is not.' })
  resolvedOn?: DateCondition;
}
