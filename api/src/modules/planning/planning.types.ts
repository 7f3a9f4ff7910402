import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../shared/date-scalar.js';
import { Rating, UnitKind } from '../../shared/enums.js';
import { FACTORS, PriorityFactorName } from './factors.js';
import { PriorityOrder } from './priorities.service.js';
import { UncoveredReason, VisitReason } from './programme.js';

registerEnumType(PriorityFactorName, {
  name: 'PriorityFactorName',
  description: 'Yếu tố rủi ro — a factor of the inspection-priority score (docs/PLANNING.md, a proposal of the QCDC Hub team, not a rule of the Steering Committee).',
  valuesConfig: Object.fromEntries(FACTORS.map((f) => [f.name, { description: `${f.vi} — ${f.en}. ${f.source} Default weight ${f.weight}.` }])),
});
registerEnumType(PriorityOrder, {
  name: 'PriorityOrder',
  description: 'Order of inspectionPriorities rows.',
  valuesConfig: {
    SCORE: { description: 'Điểm ưu tiên — highest score first (default); ties: never inspected, then the longest uninspected, then code.' },
    YEARS_SINCE: { description: 'Never inspected first, then the longest since the last inspection.' },
    OVERDUE: { description: 'Most overdue recommendations first, then the longest overdue.' },
    CODE: { description: 'By unit code.' },
  },
});
registerEnumType(VisitReason, {
  name: 'VisitReason',
  description: 'Lý do — why the draft programme proposes a visit.',
  valuesConfig: {
    PINNED: { description: 'Chỉ định — the planner pinned the unit into this year.' },
    NEVER_INSPECTED: { description: 'Chưa từng được kiểm tra — no inspection of the unit or its predecessors on record.' },
    CYCLE_DUE: { description: 'Đến hạn theo chu kỳ — the last inspection was N or more years before the programme year.' },
    CYCLE_AHEAD: { description: 'Bố trí sớm để giữ chu kỳ — due in a later year, taken now because later years lack the capacity.' },
    HIGH_RISK: { description: 'Điểm ưu tiên cao — not due yet; fills the remaining capacity in score order.' },
  },
});
registerEnumType(UncoveredReason, {
  name: 'UncoveredReason',
  description: 'Why a unit due within the N-year cycle gets no visit.',
  valuesConfig: {
    CAPACITY: { description: 'Không đủ năng lực — the teams\' visits cannot reach it by its deadline.' },
    EXCLUDED: { description: 'Loại trừ — the planner excluded it.' },
  },
});

@ObjectType({ description: 'Yếu tố rủi ro — one factor of a unit\'s priority score: points = weight × value (rounded to 0.01); the points of all factors add up to the score.' })
export class PriorityFactor {
  @Field(() => PriorityFactorName, { description: 'Which factor.' })
  name!: PriorityFactorName;

  @Field(() => Float, { nullable: true, description: 'The measured value (capped as the factor says); null = not measurable for this unit (0 points).' })
  value!: number | null;

  @Field(() => Float, { description: 'Trọng số — weight used (the default or the one given in the query).' })
  weight!: number;

  @Field(() => Float, { description: 'Điểm — weight × value, rounded to 0.01.' })
  points!: number;
}

@ObjectType({ description: 'Định nghĩa yếu tố — a factor of the priority score, its default weight and where its value comes from.' })
export class PriorityFactorDefinition {
  @Field(() => PriorityFactorName, { description: 'The factor.' })
  name!: PriorityFactorName;

  @Field(() => String, { description: 'Vietnamese label.' })
  labelVi!: string;

  @Field(() => String, { description: 'English label.' })
  labelEn!: string;

  @Field(() => Float, { description: 'Trọng số mặc định — the documented default weight.' })
  defaultWeight!: number;

  @Field(() => Float, { description: 'The weight in effect for this query (default unless overridden).' })
  weight!: number;

  @Field(() => Float, { nullable: true, description: 'Largest value counted; null when the value is 0–1 by definition.' })
  cap!: number | null;

  @Field(() => String, { description: 'Nguồn — how the value is computed and from which records (SPEC §4 terms).' })
  source!: string;
}

@InputType({ description: 'Trọng số — overrides the default weight of one factor (e.g. the weights the committee adopted for a year).' })
export class FactorWeightInput {
  @Field(() => PriorityFactorName, { description: 'The factor.' })
  factor!: PriorityFactorName;

  @Field(() => Float, { description: 'Points per unit of value, 0–1000 (0 switches the factor off).' })
  weight!: number;
}

@InputType({ description: 'Which units inspectionPriorities and draftProgramme consider: units active on asOf, of these kinds, in a subtree or district.' })
export class PriorityFilter {
  @Field(() => [UnitKind], { nullable: true, description: 'Loại đơn vị — kinds of unit; default every kind but CITY.' })
  unitKinds?: UnitKind[] | null;

  @Field(() => String, { nullable: true, description: 'Quận, huyện — only units of this district, by code: the unit\'s own district, or (for a unit with none, e.g. a ward formed after districts were abolished on 1/7/2025) its predecessors\' most frequent district.' })
  districtCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only that unit and its descendants (subtree), by code.' })
  withinUnit?: string | null;
}

/** Not an entity: one unit's planning row (ids resolved by PriorityRowResolver). */
@ObjectType({
  description:
    'Ưu tiên kiểm tra — a unit active on asOf with its inspection history across restructurings (its own inspections and those of its predecessors through lineage events) and its risk score with every factor.',
})
export class InspectionPriority {
  unitId!: number;
  districtId!: number | null;
  lastInspectionId!: number | null;
  lastInspectionUnitId!: number | null;

  @Field(() => Int, { description: 'Thứ hạng — position in score order (1 = highest), whatever orderBy is.' })
  rank!: number;

  @Field(() => Int, { description: 'Number of units considered (the filter\'s units active on asOf), for "top 100 of N".' })
  total!: number;

  @Field(() => Float, { description: 'Điểm ưu tiên — the risk score: the sum of the factors\' points.' })
  score!: number;

  @Field(() => [PriorityFactor], { description: 'Every factor with its value, weight and points, in the order of priorityFactors.' })
  factors!: PriorityFactor[];

  @Field(() => Boolean, { description: 'True when district is that of the unit\'s predecessors (the unit itself has none).' })
  districtFromPredecessors!: boolean;

  @Field(() => Int, { description: 'Đơn vị tiền thân — number of predecessors whose history counts as this unit\'s (transitively, through events on or before asOf).' })
  predecessors!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Lịch sử chưa đầy đủ — when set (YYYY-MM-DD), the history before this date is unknown: the unit or a predecessor began then without a recorded origin (e.g. ESTABLISHed from units outside the hub\'s data). null = the chain is traced back to the beginning of the records.',
  })
  historyKnownFrom!: string | null;

  @Field(() => Int, { description: 'Inspections of the unit and its predecessors dated on or before asOf.' })
  inspections!: number;

  @Field(() => Int, { description: 'Số lần kiểm tra 5 năm gần nhất — of those, dated in the 5 years up to asOf (after asOf − 5 years).' })
  inspectionsLast5Years!: number;

  @Field(() => String, { nullable: true, description: 'Date of the last inspection (YYYY-MM-DD); null = never inspected.' })
  lastInspectionDate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days from the last inspection to asOf; null = never inspected.' })
  daysSince!: number | null;

  @Field(() => Float, { nullable: true, description: 'Số năm kể từ lần kiểm tra gần nhất — daysSince ÷ 365.25; null = never inspected.' })
  yearsSince!: number | null;

  @Field(() => Boolean, { description: 'Chưa từng được kiểm tra — no inspection of the unit or a predecessor on record.' })
  neverInspected!: boolean;

  @Field(() => Rating, { nullable: true, description: 'Xếp loại — rating of the last inspection (null when not rated or never inspected).' })
  lastRating!: Rating | null;

  @Field(() => Float, { nullable: true, description: 'Điểm tuân thủ — compliance score (SPEC §4) of the last inspection\'s findings; null without applicable findings.' })
  lastScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Compliance score of the inspection before the last one (the trend\'s base).' })
  previousScore!: number | null;

  @Field(() => Int, { description: 'Kiến nghị chưa khắc phục — recommendations of the unit\'s and its predecessors\' inspections open at asOf (SPEC §4).' })
  openRecommendations!: number;

  @Field(() => Int, { description: 'Quá hạn — of those, due before asOf.' })
  overdueRecommendations!: number;

  @Field(() => Int, { nullable: true, description: 'Days the longest-overdue open recommendation is past its due date at asOf; null = none overdue.' })
  maxDaysOverdue!: number | null;

  @Field(() => Boolean, { description: 'Kế hoạch năm — the unit or a predecessor has an annual QCDC plan for the year of asOf.' })
  hasPlan!: boolean;
}

@ObjectType({ description: 'Năng lực đoàn — a team of the draft programme and the visits dealt to it.' })
export class ProgrammeTeam {
  @Field(() => String, { description: 'Đoàn kiểm tra — team name as given.' })
  name!: string;

  @Field(() => Int, { description: 'Visits the team can make in the year (input).' })
  capacity!: number;

  @Field(() => Int, { description: 'Visits dealt to it.' })
  visits!: number;
}

@ObjectType({ description: 'One year of the N-year horizon the programme keeps feasible (the years after the programme year are an outlook, not a plan).' })
export class ProgrammeYear {
  @Field(() => Int, { description: 'Năm.' })
  year!: number;

  @Field(() => Int, { description: 'Visits the teams can make that year (the same teams every year).' })
  capacity!: number;

  @Field(() => Int, { description: 'Units whose cycle deadline is this year.' })
  due!: number;

  @Field(() => Int, { description: 'Visits the outlook places in this year.' })
  planned!: number;
}

@ObjectType({ description: 'Chuyến kiểm tra dự kiến — one proposed visit of the programme year.' })
export class ProgrammeVisit {
  unitId!: number;
  row!: InspectionPriority;

  @Field(() => Int, { description: 'STT — position in the annex (by month, then team).' })
  seq!: number;

  @Field(() => String, { description: 'Đoàn kiểm tra — the team proposed.' })
  team!: string;

  @Field(() => Int, { description: 'Tháng dự kiến — proposed month (1–12).' })
  month!: number;

  @Field(() => VisitReason, { description: 'Lý do — why the unit is in the programme.' })
  reason!: VisitReason;

  @Field(() => Int, { description: 'Hạn chu kỳ — the last year the N-year cycle allows for this visit.' })
  deadlineYear!: number;
}

@ObjectType({ description: 'Chưa bố trí được — a unit due within the N-year cycle that the programme cannot visit in time.' })
export class UncoveredUnit {
  unitId!: number;
  row!: InspectionPriority;

  @Field(() => UncoveredReason, { description: 'Why.' })
  reason!: UncoveredReason;

  @Field(() => Int, { description: 'The year by which the cycle required a visit.' })
  deadlineYear!: number;
}

@ObjectType({
  description:
    'Dự thảo chương trình kiểm tra — a draft inspection programme for a year: a proposal computed from the data, to be adjusted and adopted by the committee, never a decision.',
})
export class DraftProgramme {
  @Field(() => Int, { description: 'Năm kế hoạch — the programme year.' })
  year!: number;

  @Field(() => String, { description: 'The date the history and scores are taken at (YYYY-MM-DD).' })
  asOf!: string;

  @Field(() => Int, { description: 'N: every unit at least once in N years.' })
  cycleYears!: number;

  @Field(() => Int, { description: 'Visits all teams can make in the year.' })
  capacity!: number;

  @Field(() => Int, { description: 'Units considered (filter, active on asOf).' })
  unitsInScope!: number;

  @Field(() => Boolean, { description: 'True when every unit in scope gets a visit within its N-year deadline (none uncovered for lack of capacity).' })
  coversCycle!: boolean;

  @Field(() => [ProgrammeTeam], { description: 'The teams in input order, with their loads.' })
  teams!: ProgrammeTeam[];

  @Field(() => [ProgrammeVisit], { description: 'The programme year\'s visits, by month, then team.' })
  visits!: ProgrammeVisit[];

  @Field(() => [UncoveredUnit], { description: 'Units the cycle requires within the horizon that get no visit in time (capacity) or were excluded, by deadline then score.' })
  uncovered!: UncoveredUnit[];

  @Field(() => [ProgrammeYear], { description: 'The horizon year by year (programme year first).' })
  horizon!: ProgrammeYear[];

  @Field(() => [PriorityFactorDefinition], { description: 'The weights the scores were computed with.' })
  weights!: PriorityFactorDefinition[];
}

@InputType({ description: 'Một đoàn kiểm tra — a team and how many visits it can make in the programme year.' })
export class TeamCapacityInput {
  @Field(() => String, { description: 'Team name, e.g. "Đoàn kiểm tra số 2".' })
  name!: string;

  @Field(() => Int, { description: 'Visits in the year (0–10,000).' })
  visits!: number;
}

@InputType({ description: 'What to plan: the year, the cycle N, the teams with their capacities, and the planner\'s adjustments. The same input always gives the same programme.' })
export class ProgrammeInput {
  @Field(() => Int, { description: 'Năm kế hoạch — the programme year.' })
  year!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Date the history is taken at; default the last day of the year before.' })
  asOf?: string | null;

  @Field(() => Int, { description: 'N (1–10): every unit at least once in N years.' })
  cycleYears!: number;

  @Field(() => [TeamCapacityInput], { description: 'Đoàn kiểm tra — the teams (at least one), in the order the annex lists them.' })
  teams!: TeamCapacityInput[];

  @Field(() => [Int], { nullable: true, description: 'Months visits may be proposed in (1–12); default March to November (away from Tết and the year-end reports).' })
  months?: number[] | null;

  @Field(() => [String], { nullable: true, description: 'Unit codes that must be visited in the programme year (they take capacity first).' })
  pinned?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Unit codes not to visit this time (listed as uncovered when due).' })
  excluded?: string[] | null;

  @Field(() => PriorityFilter, { nullable: true, description: 'Which units to plan for.' })
  filter?: PriorityFilter | null;

  @Field(() => [FactorWeightInput], { nullable: true, description: 'Weights overriding the defaults.' })
  weights?: FactorWeightInput[] | null;
}
