import { Arg, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { DateScalar } from '../../shared/date-scalar.js';
import { Model } from '../model/model.entity.js';
import { AnnualPlan } from '../plan/annual-plan.entity.js';
import { submitAnnualPlan, submitModel } from './unit-report.service.js';

// Their fields are the record declarations' (plan.record.ts, model.record.ts; unit-report.int.test.ts checks
// that they agree); a plan submitted here needs its number and date.

@InputType({ description: 'Kế hoạch thực hiện QCDC năm — a unit\'s plan for a year, as the unit submits it.' })
export class AnnualPlanInput {
  @Field(() => String, { description: 'Mã đơn vị — the unit (for a scoped user, inside their scope); it must exist in the year.' })
  unitCode!: string;

  @Field(() => Int, { description: 'Năm — the year the plan is for.' })
  year!: number;

  @Field(() => DateScalar, { description: 'Ngày ban hành — in the year or the one before, not in the future.' })
  issuedOn!: string;

  @Field(() => String, { description: 'Số kế hoạch — the document number, e.g. "12/KH-UBND".' })
  documentNumber!: string;
}

@InputType({ description: 'Mô hình "Dân vận khéo" — a model of a unit in a year.' })
export class ModelInput {
  @Field(() => String, { description: 'Mã đơn vị — the unit (for a scoped user, inside their scope); it must exist in the year.' })
  unitCode!: string;

  @Field(() => Int, { description: 'Năm — the year it was recognised (not a year still to come).' })
  year!: number;

  @Field(() => String, { description: 'Tên mô hình — unique for the unit and year.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Lĩnh vực — field, e.g. "Cải cách hành chính".' })
  field?: string | null;

  @Field(() => String, { nullable: true, description: 'Cấp — level of recognition, e.g. "Cấp quận".' })
  level?: string | null;
}

const ERRORS = 'Errors (extensions.code): UNAUTHENTICATED; FORBIDDEN (role, or a unit outside your scope — an unknown one too, for a scoped user); BAD_USER_INPUT (extensions.field names the input field; nothing written)';

/** A unit's own reports (SPEC §6.1): its annual plan and its "Dân vận khéo" models; audited, through the one gateway. */
@Resolver()
export class UnitReportResolver {
  @Mutation(() => AnnualPlan, {
    description: `Nộp kế hoạch năm — records a unit's plan for a year (UNIT_OFFICER of the unit's subtree, or ADMIN); it counts in planRate at once. ${ERRORS}; CONFLICT (a plan is already recorded for the year and no \`version\`, or a stale one: extensions.currentVersion).`,
  })
  async submitAnnualPlan(
    @Arg('input', () => AnnualPlanInput, { description: 'The plan.' }) input: AnnualPlanInput,
    @Arg('version', () => Int, { nullable: true, description: 'To replace the plan recorded for the year: the version you read (AnnualPlan.version).' }) version: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<AnnualPlan> {
    const id = await submitAnnualPlan(ctx.em, ctx.viewer, ctx.via, input, version);
    return (await ctx.em.fork().findOneOrFail(AnnualPlan, { id }))!;
  }

  @Mutation(() => Model, { description: `Nộp mô hình "Dân vận khéo" — records a model of a unit (UNIT_OFFICER of the unit's subtree, or ADMIN). ${ERRORS}; CONFLICT (the same title is already recorded for the unit and year).` })
  async submitModel(@Arg('input', () => ModelInput, { description: 'The model.' }) input: ModelInput, @Ctx() ctx: Context): Promise<Model> {
    const id = await submitModel(ctx.em, ctx.viewer, ctx.via, input);
    return (await ctx.em.fork().findOneOrFail(Model, { id }))!;
  }
}
