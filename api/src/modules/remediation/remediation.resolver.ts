import { Arg, Ctx, Field, FieldResolver, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { DateScalar } from '../../shared/date-scalar.js';
import { RecommendationStatus } from '../../shared/enums.js';
import { Recommendation } from '../inspection/recommendation.entity.js';
import { updateRecommendationProgress } from './remediation.service.js';

@InputType({ description: 'Báo cáo khắc phục — a progress report on a recommendation.' })
export class RecommendationProgressInput {
  @Field(() => RecommendationStatus, { description: 'Tình trạng — the status from `date` on (OPEN, IN_PROGRESS or RESOLVED; UNKNOWN is refused). RESOLVED closes it from that date (resolvedOn = date): it stops counting as open or overdue at that date and later, never earlier.' })
  status!: RecommendationStatus;

  @Field(() => DateScalar, { description: 'Ngày — the day the status applies from: not before the inspection nor the previous report, not in the future.' })
  date!: string;

  @Field(() => String, { description: 'Nội dung đã thực hiện — what was done (required, at most 2000 characters).' })
  note!: string;

  @Field(() => Int, { nullable: true, description: 'The version of the recommendation you read (Recommendation.version): if it changed since, CONFLICT and nothing is written.' })
  version?: number | null;
}

@ObjectType({ description: 'Một bước khắc phục — one step of a recommendation\'s remediation history (from its audit trail).' })
export class RecommendationProgress {
  @Field(() => Date, { description: 'When it was recorded.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Ngày — the day the status applies from (YYYY-MM-DD): the report\'s date; for a status recorded with the inspection or imported, its resolved date (else null).' })
  date!: string | null;

  @Field(() => RecommendationStatus, { description: 'Tình trạng — the status from then on.' })
  status!: RecommendationStatus;

  @Field(() => String, { nullable: true, description: 'Nội dung đã thực hiện — what the report says was done (null for a recorded or imported status).' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'Người cập nhật — the login who recorded it (or "cli"); null for anonymous readers.' })
  login!: string | null;

  @Field(() => String, { description: 'Qua — how it came in: form, api, import, seed, cli.' })
  via!: string;

  @Field(() => Boolean, { description: 'True for a remediation report; false for the status as the inspection or an import recorded it.' })
  report!: boolean;
}

/** Remediation of recommendations (SPEC §6.1): the progress report mutation and the history. */
@Resolver(() => Recommendation)
export class RemediationResolver {
  @Mutation(() => Recommendation, {
    description: 'Cập nhật khắc phục — records a progress report on a recommendation of an APPROVED inspection (UNIT_OFFICER of its unit\'s subtree, INSPECTOR or ADMIN within scope), audited; its history is Recommendation.progress. '
      + 'Errors (extensions.code): UNAUTHENTICATED; FORBIDDEN (role, or the recommendation is outside your scope — an unknown one too, for a scoped user); BAD_USER_INPUT (extensions.field: input.status, input.date, input.note or seq; nothing written); '
      + 'CONFLICT (the inspection is not approved, a stale `version`, or reopening a RESOLVED one, which only an ADMIN may do).',
  })
  async updateRecommendationProgress(
    @Arg('inspectionCode', () => String, { description: 'The code of the inspection that made it.' }) inspectionCode: string,
    @Arg('seq', () => Int, { description: 'Its number within the inspection (1, 2, …).' }) seq: number,
    @Arg('input', () => RecommendationProgressInput, { description: 'The report.' }) input: RecommendationProgressInput,
    @Ctx() ctx: Context,
  ): Promise<Recommendation> {
    const id = await updateRecommendationProgress(ctx.em, ctx.viewer, ctx.via, inspectionCode, seq, input);
    return (await ctx.em.fork().findOneOrFail(Recommendation, { id }))!;
  }

  @FieldResolver(() => [RecommendationProgress], { description: 'Lịch sử khắc phục — the status as recorded with the inspection (or imported), then every change and progress report, oldest first, with date, note and who.' })
  async progress(@Root() r: Recommendation, @Ctx() ctx: Context): Promise<RecommendationProgress[]> {
    const steps = await ctx.loaders.recommendationProgress.load(r.id);
    return steps.map((s) => ({ ...s, login: ctx.viewer ? s.login : null }));
  }
}
