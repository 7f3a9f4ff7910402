import { Arg, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { refId, type Context } from '../../shared/context.js';
import { isDemoSource } from '../../shared/list.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Framework } from './framework.entity.js';
import { Requirement } from './requirement.entity.js';
import { FrameworkWhere, RequirementFilter, RequirementOrder, RequirementWhere } from './requirement.inputs.js';
import { listFrameworks, listRequirements } from './requirement.service.js';
import { NULL_ON_ERROR } from '../../shared/errors.js';

@ObjectType({ description: 'A page of requirements (nội dung/tiêu chí kiểm tra).' })
export class RequirementConnection extends Connection(Requirement, 'Requirement', 'requirements') {}

@Resolver(() => Requirement)
export class RequirementResolver {
  @Query(() => Requirement, { nullable: true, description: 'One requirement by its code.' })
  requirement(@Arg('code', () => String, { description: 'The requirement code, e.g. QCDC-01.' }) code: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(Requirement, { code });
  }

  @Query(() => RequirementConnection, { nullable: true, description: 'Nội dung/tiêu chí kiểm tra — the checkable requirements, a page at a time.' + ' ' + NULL_ON_ERROR })
  async requirements(
    @Ctx() ctx: Context,
    @Arg('filter', () => RequirementFilter, { nullable: true, description: 'Which requirements; all when left out.' }) filter?: RequirementFilter,
    @Arg('orderBy', () => RequirementOrder, { nullable: true, description: 'Order; default CODE.' }) orderBy?: RequirementOrder,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page (cursor pagination).' }) pageInput?: PageInput,
    @Arg('where', () => RequirementWhere, { nullable: true, description: 'Conditions with and, or, not on the fields (e.g. `{ validTo: { isNull: true }, title: { contains: "cong khai" } }`), together with `filter`.' }) where?: RequirementWhere,
  ) {
    const page = readPage(pageInput);
    const { ids, total } = await listRequirements(ctx.em, ctx.scope, filter, orderBy, page, where);
    return connection((await ctx.loaders.requirement.loadMany(ids)) as Requirement[], total, page);
  }

  @FieldResolver(() => Framework, { description: 'Căn cứ pháp lý — the legal basis it belongs to.' })
  async framework(@Root() r: Requirement, @Ctx() ctx: Context) {
    return (await ctx.loaders.framework.load(r.framework.id))!;
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'Nguồn — where this requirement comes from (the seeded catalogue is a PROPOSAL).' })
  source(@Root() r: Requirement, @Ctx() ctx: Context) {
    const id = refId(r.source);
    return id === null ? null : ctx.loaders.source.load(id);
  }

  @FieldResolver(() => Boolean, { description: 'True when the record is generated demo data (Dữ liệu minh họa), not fact.' })
  isDemo(@Root() r: Requirement, @Ctx() ctx: Context) {
    return isDemoSource(ctx.loaders, r.source);
  }
}

@ObjectType({ description: 'A page of legal bases (căn cứ pháp lý).' })
export class FrameworkConnection extends Connection(Framework, 'Framework', 'frameworks') {}

@Resolver(() => Framework)
export class FrameworkResolver {
  @Query(() => Framework, { nullable: true, description: 'One legal basis by its code.' })
  framework(@Arg('code', () => String, { description: 'The framework code, e.g. ND04_2015.' }) code: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(Framework, { code });
  }

  @Query(() => FrameworkConnection, { nullable: true, description: 'Căn cứ pháp lý — the legal bases of the requirements, by code, a page at a time.' + ' ' + NULL_ON_ERROR })
  async frameworks(
    @Ctx() ctx: Context,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page (cursor pagination).' }) pageInput?: PageInput,
    @Arg('where', () => FrameworkWhere, { nullable: true, description: 'Conditions with and, or, not on the fields (e.g. `{ requirements: { none: { validTo: { isNull: true } } } }`: the bases none of whose requirements still applies).' }) where?: FrameworkWhere,
  ) {
    const page = readPage(pageInput);
    const { ids, total } = await listFrameworks(ctx.em, ctx.scope, page, where);
    return connection((await ctx.loaders.framework.loadMany(ids)) as Framework[], total, page);
  }

  @FieldResolver(() => [Requirement], { description: 'Its requirements, by code.' })
  requirements(@Root() f: Framework, @Ctx() ctx: Context) {
    return ctx.loaders.requirementsOfFramework.load(f.id);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'Nguồn — where this record comes from.' })
  source(@Root() f: Framework, @Ctx() ctx: Context) {
    const id = refId(f.source);
    return id === null ? null : ctx.loaders.source.load(id);
  }
}
