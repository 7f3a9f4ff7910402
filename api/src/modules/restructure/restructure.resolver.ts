import { Arg, Ctx, Field, Float, InputType, Int, Mutation, ObjectType, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { DateScalar } from '../../shared/date-scalar.js';
import { UnitKind } from '../../shared/enums.js';
import { restructureUnits, type RestructureKind as Kind } from './restructure.service.js';

export enum RestructureKind {
  MERGE = 'MERGE',
  SPLIT = 'SPLIT',
  RENAME = 'RENAME',
  DISSOLVE = 'DISSOLVE',
}
registerEnumType(RestructureKind, {
  name: 'RestructureKind',
  description: 'Kiểu tổ chức lại — what a restructuring does (the lineage type it records).',
  valuesConfig: {
    MERGE: { description: 'Hợp nhất, sáp nhập — the units end and count under the one target (new, or existing and taking them over).' },
    SPLIT: { description: 'Chia tách — the unit ends; its records count under the first target.' },
    RENAME: { description: 'Đổi tên — the same code renames in place; a new code ends the unit and creates the new one.' },
    DISSOLVE: { description: 'Giải thể — the units end without successor; their records stay under them.' },
  },
});

@InputType({ description: 'A unit a restructuring leads to: an existing code (active on the date), or a new unit with its name and kind.' })
export class RestructureTargetInput {
  @Field(() => String, { description: 'Mã đơn vị — an existing unit, or the code of the new one.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Tên — the new unit\'s name (or the new name of a rename in place).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Tên tiếng Anh.' })
  nameEn?: string | null;

  @Field(() => UnitKind, { nullable: true, description: 'Loại — the new unit\'s kind (a rename keeps the unit\'s kind when left out).' })
  kind?: UnitKind | null;

  @Field(() => String, { nullable: true, description: 'Mã đơn vị cấp trên — default: the (first) restructured unit\'s parent.' })
  parentCode?: string | null;
}

@InputType({ description: 'Quyết định — the decision behind a restructuring (stored as the lineage event\'s decision and its source document).' })
export class DecisionInput {
  @Field(() => String, { description: 'Số hiệu — e.g. "Nghị quyết 1659/NQ-UBTVQH15".' })
  number!: string;

  @Field(() => DateScalar, { description: 'Ngày ban hành.' })
  date!: string;

  @Field(() => String, { description: 'Cơ quan ban hành — e.g. "Ủy ban Thường vụ Quốc hội".' })
  issuer!: string;

  @Field(() => String, { nullable: true, description: 'Liên kết — an http(s) address of the text.' })
  url?: string | null;
}

@InputType({ description: 'Tổ chức lại đơn vị — a merge, split, rename or dissolution on a date, with its decision.' })
export class RestructureInput {
  @Field(() => RestructureKind, { description: 'Kiểu — merge, split, rename or dissolve.' })
  kind!: RestructureKind;

  @Field(() => DateScalar, { description: 'Ngày hiệu lực — the first day of the new structure; the ending units end the day before.' })
  date!: string;

  @Field(() => [String], { description: 'Đơn vị trước — codes of the units restructured, active on the date.' })
  fromUnits!: string[];

  @Field(() => [RestructureTargetInput], { nullable: true, description: 'Đơn vị sau — in order (a SPLIT\'s first target is the main successor); none for DISSOLVE.' })
  targets?: RestructureTargetInput[] | null;

  @Field(() => DecisionInput, { description: 'Quyết định — number, date and issuing body.' })
  decision!: DecisionInput;

  @Field(() => String, { nullable: true, description: 'Ghi chú.' })
  note?: string | null;
}

@ObjectType({ description: 'One row of a restructuring preview: what CURRENT structure counts under a unit (or the whole city), over the preview\'s years.' })
export class RestructureFigure {
  @Field(() => String, { nullable: true, description: 'The unit counted under (its current successor); null on the city row.' })
  unitCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Its name (after a rename in place, the new one).' })
  unitName!: string | null;
  @Field(() => Int, { description: 'Units in scope over the span (distinct successors).' })
  unitsInScope!: number;
  @Field(() => Int, { description: 'Of them, inspected in the span (approved inspections).' })
  unitsInspected!: number;
  @Field(() => Int, { description: 'Approved inspections counted.' })
  inspections!: number;
  @Field(() => Float, { nullable: true, description: 'Coverage over the span (SPEC §4).' })
  rate!: number | null;
  @Field(() => Int, { description: 'COMPLIANT findings.' })
  compliant!: number;
  @Field(() => Int, { description: 'PARTIAL findings.' })
  partial!: number;
  @Field(() => Int, { description: 'NON_COMPLIANT findings.' })
  nonCompliant!: number;
  @Field(() => Float, { nullable: true, description: 'Compliance score (SPEC §4).' })
  score!: number | null;
}

@ObjectType({ description: 'The figures on one side of a restructuring: the city total and each affected unit\'s successor.' })
export class RestructureSide {
  @Field(() => RestructureFigure, { description: 'The city (every kind but CITY, in the reader\'s scope) under CURRENT structure.' })
  total!: RestructureFigure;
  @Field(() => [RestructureFigure], { description: 'The restructured and target units, each counted under its current successor.' })
  units!: RestructureFigure[];
}

@ObjectType({ description: 'What a restructuring wrote (or, with dryRun, would write) and what CURRENT structure counts before and after it.' })
export class RestructureResult {
  @Field(() => Boolean, { description: 'True: nothing was written (the preview).' })
  dryRun!: boolean;
  @Field(() => Int, { description: 'First year of the preview (the first approved inspection of the units concerned).' })
  fromYear!: number;
  @Field(() => Int, { description: 'Last year of the preview (this year, or the date\'s).' })
  toYear!: number;
  @Field(() => RestructureSide, { description: 'What CURRENT structure counts now.' })
  before!: RestructureSide;
  @Field(() => RestructureSide, { description: 'What CURRENT structure counts after the restructuring.' })
  after!: RestructureSide;
  @Field(() => String, { description: 'The lineage event\'s decision as stored ("<number> ngày dd/mm/yyyy").' })
  decision!: string;
  @Field(() => [String], { description: 'Codes of the units created.' })
  created!: string[];
  @Field(() => [String], { description: 'Codes of the units that end the day before the date.' })
  ended!: string[];
  @Field(() => [String], { description: 'Codes of the units renamed in place.' })
  renamed!: string[];
}

@Resolver()
export class RestructureResolver {
  @Mutation(() => RestructureResult, {
    description:
      'Tổ chức lại đơn vị (ADMIN) — writes the units and the lineage event with its decision in one audited transaction, and answers what CURRENT structure counts before and after (coverage and compliance by the analytics\' own statements). With dryRun: true the same, then rolled back (the preview). Errors: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (extensions.field names the input field; extensions.problems lists them all), nothing written.',
  })
  async restructureUnits(
    @Arg('input', () => RestructureInput, { description: 'The restructuring and its decision.' }) input: RestructureInput,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Preview only: nothing is written.' }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<RestructureResult> {
    return restructureUnits(ctx.em, ctx.viewer, ctx.via, { ...input, kind: input.kind as Kind }, dryRun);
  }
}
