import { Field, Float, Int, ObjectType } from 'type-graphql';
import { RequirementCategory, UnitKind } from '../../shared/enums.js';

/** Dimension columns common to the unit-based rows; district and unit are resolved by id in one batch. */
@ObjectType({ description: "Dimension columns shared by analytics rows." })
export abstract class DimensionRow {
  @Field(() => Int, { nullable: true, description: 'Year (null unless YEAR is in `by`).' })
  year!: number | null;

  @Field(() => Int, { nullable: true, description: 'Quý — quarter 1–4 (null unless QUARTER is in `by`).' })
  quarter?: number | null;

  @Field(() => Int, { nullable: true, description: 'Tháng — month 1–12 (null unless MONTH is in `by`).' })
  month?: number | null;

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

@ObjectType({ description: 'Điểm tuân thủ — compliance on one requirement: counts of findings per result and the score (C + 0.5·P) ÷ (C + P + N).' })
export class ComplianceRow extends DimensionRow {
  requirementId!: number;

  @Field(() => Int, { description: 'Đạt — COMPLIANT findings.' })
  compliant!: number;

  @Field(() => Int, { description: 'Đạt một phần — PARTIAL findings.' })
  partial!: number;

  @Field(() => Int, { description: 'Chưa đạt — NON_COMPLIANT findings.' })
  nonCompliant!: number;

  @Field(() => Int, { description: 'Không áp dụng — NOT_APPLICABLE findings (excluded from the score).' })
  notApplicable!: number;

  @Field(() => Int, { description: 'Number of inspections these findings come from.' })
  inspections!: number;

  @Field(() => Float, { nullable: true, description: '(compliant + 0.5 × partial) ÷ (compliant + partial + nonCompliant); null when that denominator is 0.' })
  score!: number | null;
}

@ObjectType({
  description:
    'Điểm tuân thủ tổng hợp — compliance over all findings of a group (all requirements, or one requirement group): counts per result and the score (C + 0.5·P) ÷ (C + P + N) of those findings, so requirements weigh by their findings.',
})
export class ComplianceSummaryRow extends DimensionRow {
  @Field(() => RequirementCategory, { nullable: true, description: 'Nhóm nội dung — requirement group (null unless CATEGORY is in `by`).' })
  category!: RequirementCategory | null;

  @Field(() => Int, { description: 'Đạt — COMPLIANT findings.' })
  compliant!: number;

  @Field(() => Int, { description: 'Đạt một phần — PARTIAL findings.' })
  partial!: number;

  @Field(() => Int, { description: 'Chưa đạt — NON_COMPLIANT findings.' })
  nonCompliant!: number;

  @Field(() => Int, { description: 'Không áp dụng — NOT_APPLICABLE findings (excluded from the score).' })
  notApplicable!: number;

  @Field(() => Int, { description: 'All findings counted, of every result (compliant + partial + nonCompliant + notApplicable).' })
  findings!: number;

  @Field(() => Float, { nullable: true, description: '(compliant + 0.5 × partial) ÷ (compliant + partial + nonCompliant); null when that denominator is 0.' })
  score!: number | null;
}

@ObjectType({ description: 'Khen thưởng — awards counted per recipient (recipients of one decision once each).' })
export class AwardRow extends DimensionRow {
  @Field(() => String, { nullable: true, description: 'Giai đoạn — the decision\'s period "<from>-<to>" (null unless PERIOD is in `by`, or when the decision has none).' })
  period!: string | null;

  @Field(() => String, { nullable: true, description: 'Hình thức khen thưởng — the award kind code, e.g. BANG_KHEN (null unless KIND is in `by`).' })
  kind!: string | null;

  @Field(() => Int, { description: 'Number of awards (one per recipient of a decision).' })
  awards!: number;

  @Field(() => Int, { description: 'Number of distinct decisions these awards come from.' })
  decisions!: number;
}

@ObjectType({ description: 'Tỷ lệ ban hành kế hoạch — plan rate: units in scope with an annual QCDC plan ÷ units in scope.' })
export class PlanRow extends DimensionRow {
  @Field(() => Int, { description: 'Số đơn vị thuộc phạm vi — units in scope (the denominator).' })
  unitsInScope!: number;

  @Field(() => Int, { description: 'Units in scope with an annual plan (the numerator).' })
  unitsWithPlan!: number;

  @Field(() => Int, { description: 'Number of annual plans of units in scope (one per unit and year).' })
  plans!: number;

  @Field(() => Float, { nullable: true, description: 'unitsWithPlan ÷ unitsInScope; null when no unit is in scope.' })
  rate!: number | null;
}

@ObjectType({ description: 'Kiến nghị chưa khắc phục — recommendations open and overdue at a date, by the dimensions of the inspection that made them.' })
export class RecommendationRow extends DimensionRow {
  @Field(() => Int, { description: 'Recommendations of inspections in scope dated on or before asOf, with a known status (UNKNOWN ones — the source does not say — are neither open nor resolved, so not counted here).' })
  recommendations!: number;

  @Field(() => Int, { description: 'Chưa khắc phục — not resolved on or before asOf.' })
  open!: number;

  @Field(() => Int, { description: 'Quá hạn — open with a due date before asOf.' })
  overdue!: number;

  @Field(() => Int, { description: 'Đã khắc phục — resolved on or before asOf.' })
  resolved!: number;
}

/** Not an entity: one unit with the date of its last inspection. */
@ObjectType({ description: 'A unit and how long ago it was last inspected (lần kiểm tra gần nhất), for planning the next round.' })
export class UninspectedUnit {
  unitId!: number;
  lastInspectionId!: number | null;

  @Field(() => String, { nullable: true, description: 'Date of the last inspection on or before asOf (YYYY-MM-DD); null = never inspected.' })
  lastInspectionDate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days from the last inspection to asOf; null = never inspected.' })
  daysSince!: number | null;

  @Field(() => Int, { description: 'Number of inspections counted for the unit up to asOf.' })
  inspections!: number;
}
