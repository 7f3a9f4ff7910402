import { Arg, Ctx, Field, FieldResolver, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { DateScalar } from '../../shared/date-scalar.js';
import { FindingResult, InspectionKind, Rating, RecommendationStatus } from '../../shared/enums.js';
import { Inspection } from './inspection.entity.js';
import { InspectionWhere } from './inspection.inputs.js';
import {
  approveInspection, createInspection, myPendingInspections, returnInspection, reviewQueue, submitInspection, updateInspection,
} from './inspection-review.service.js';
import { NULL_ON_ERROR } from '../../shared/errors.js';

// The inputs of SPEC §6.3; their fields are those records/inputs.ts derives from the declarations
// (inspection-review.int.test.ts checks that they agree).

@InputType({ description: 'Kết quả theo tiêu chí — the result of an inspection on one requirement.' })
export class FindingInput {
  @Field(() => String, { description: 'Mã tiêu chí — the requirement checked; it must be valid on the inspection date.' })
  requirementCode!: string;

  @Field(() => FindingResult, { description: 'Kết quả — the result.' })
  result!: FindingResult;

  @Field(() => String, { nullable: true, description: 'Ghi chú — what the team noted.' })
  note?: string | null;
}

@InputType({ description: 'Kiến nghị — a matter to remedy; its seq is its position in the list (1, 2, …).' })
export class RecommendationInput {
  @Field(() => String, { description: 'Nội dung — what is to be remedied.' })
  text!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Hạn khắc phục — due date (not before the inspection).' })
  dueDate?: string | null;

  @Field(() => RecommendationStatus, { defaultValue: RecommendationStatus.OPEN, description: 'Tình trạng — default OPEN.' })
  status?: RecommendationStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày khắc phục — required when RESOLVED, else empty.' })
  resolvedOn?: string | null;
}

@InputType({ description: 'Một cuộc kiểm tra — an inspection as its team records it (SPEC §6.3).' })
export class InspectionInput {
  @Field(() => String, { nullable: true, description: 'Mã — the code; assigned (KT-<year>-<unit>-NNNN) when left out. Cannot change in an update.' })
  code?: string | null;

  @Field(() => String, { description: 'Mã đơn vị — the inspected unit; active on the date and, for a scoped user, inside their scope.' })
  unitCode!: string;

  @Field(() => DateScalar, { description: 'Ngày — date of the visit.' })
  date!: string;

  @Field(() => String, { description: 'Đoàn kiểm tra — the team by name (an unknown name creates the team).' })
  team!: string;

  @Field(() => InspectionKind, { description: 'Hình thức kiểm tra.' })
  kind!: InspectionKind;

  @Field(() => String, { nullable: true, description: 'Người chủ trì — who led the team, with titles.' })
  leader?: string | null;

  @Field(() => Rating, { nullable: true, description: 'Xếp loại — overall rating.' })
  rating?: Rating | null;

  @Field(() => String, { nullable: true, description: 'Kết luận — the conclusion.' })
  conclusion?: string | null;

  @Field(() => [FindingInput], { description: 'Kết quả theo tiêu chí — one per requirement (an update replaces the list: a requirement left out loses its finding).' })
  findings!: FindingInput[];

  @Field(() => [RecommendationInput], { nullable: true, description: 'Kiến nghị — in order (an update replaces the list).' })
  recommendations?: RecommendationInput[] | null;
}

const CODE = { description: 'The inspection code.' } as const;

async function reload(ctx: Context, code: string): Promise<Inspection> {
  return (await ctx.em.fork().findOneOrFail(Inspection, { code }))!;
}

/** The write side of inspections (SPEC §6.3) and the review queues; every write goes through applyChanges. */
@Resolver(() => Inspection)
export class InspectionReviewResolver {
  @Mutation(() => Inspection, { description: 'Ghi nhận cuộc kiểm tra — records an inspection as a DRAFT of the signed-in INSPECTOR (within scope) or ADMIN. Errors: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (extensions.field names the input field; extensions.problems lists them all), nothing written.' })
  async createInspection(@Arg('input', () => InspectionInput, { description: 'The inspection with its findings and recommendations.' }) input: InspectionInput, @Ctx() ctx: Context): Promise<Inspection> {
    return reload(ctx, await createInspection(ctx.em, ctx.viewer, ctx.via, input));
  }

  @Mutation(() => Inspection, { description: 'Sửa bản nháp — replaces a DRAFT (its author or an ADMIN) with the input. `version` is the version the editor read: if the inspection changed since, CONFLICT (extensions.currentVersion) and nothing is written.' })
  async updateInspection(
    @Arg('code', () => String, CODE) code: string,
    @Arg('version', () => Int, { description: 'The version you read (Inspection.version).' }) version: number,
    @Arg('input', () => InspectionInput, { description: 'The whole inspection as it should be now (findings and recommendations replace the stored ones).' }) input: InspectionInput,
    @Ctx() ctx: Context,
  ): Promise<Inspection> {
    await updateInspection(ctx.em, ctx.viewer, ctx.via, code, version, input);
    return reload(ctx, code);
  }

  @Mutation(() => Inspection, { description: 'Gửi duyệt — DRAFT → SUBMITTED (its author or an ADMIN); it needs at least one finding.' })
  async submitInspection(@Arg('code', () => String, CODE) code: string, @Ctx() ctx: Context): Promise<Inspection> {
    await submitInspection(ctx.em, ctx.viewer, ctx.via, code);
    return reload(ctx, code);
  }

  @Mutation(() => Inspection, { description: 'Duyệt — SUBMITTED → APPROVED (LEADER or ADMIN within scope): from now on analytics, exports and report packs count it.' })
  async approveInspection(@Arg('code', () => String, CODE) code: string, @Ctx() ctx: Context): Promise<Inspection> {
    await approveInspection(ctx.em, ctx.viewer, ctx.via, code);
    return reload(ctx, code);
  }

  @Mutation(() => Inspection, { description: 'Trả lại — SUBMITTED → DRAFT with the reason (LEADER or ADMIN within scope); the author sees it in myPendingInspections.' })
  async returnInspection(
    @Arg('code', () => String, CODE) code: string,
    @Arg('reason', () => String, { description: 'Lý do trả lại — what the author should fix (required).' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Inspection> {
    await returnInspection(ctx.em, ctx.viewer, ctx.via, code, reason);
    return reload(ctx, code);
  }

  @Query(() => [Inspection], { nullable: true, description: 'Chờ duyệt — SUBMITTED inspections in the reviewer\'s scope, oldest submission first (LEADER, ADMIN). ' + NULL_ON_ERROR })
  async inspectionsToReview(
    @Ctx() ctx: Context,
    @Arg('where', () => InspectionWhere, { nullable: true, description: 'Conditions with and, or, not on the fields, as on `inspections` (e.g. `{ unitCode: { eq: "W20233" } }`).' }) where?: InspectionWhere,
  ): Promise<Inspection[]> {
    return (await ctx.loaders.inspection.loadMany(await reviewQueue(ctx.em, ctx.viewer, where))) as Inspection[];
  }

  @Query(() => [Inspection], { nullable: true, description: 'Của tôi — the signed-in user\'s own inspections not yet approved: drafts (a returned one has returnReason), submitted ones; newest edit first. ' + NULL_ON_ERROR })
  async myPendingInspections(
    @Ctx() ctx: Context,
    @Arg('where', () => InspectionWhere, { nullable: true, description: 'Conditions with and, or, not on the fields, as on `inspections` (e.g. `{ status: { eq: DRAFT } }`).' }) where?: InspectionWhere,
  ): Promise<Inspection[]> {
    return (await ctx.loaders.inspection.loadMany(await myPendingInspections(ctx.em, ctx.viewer, where))) as Inspection[];
  }

  @FieldResolver(() => Inspection, { nullable: true, description: 'Lần kiểm tra trước — the unit\'s latest APPROVED inspection dated before this one (what a reviewer compares with).' })
  async previousInspection(@Root() i: Inspection, @Ctx() ctx: Context): Promise<Inspection | null> {
    const id = await ctx.loaders.previousInspectionId.load(i.id);
    return id === null ? null : ((await ctx.loaders.inspection.load(id)) as Inspection);
  }
}
