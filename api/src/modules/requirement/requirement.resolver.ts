import { Arg, Ctx, Field, FieldResolver, InputType, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { refId, type Context } from '../../shared/context.js';
import { RequirementCategory } from '../../shared/enums.js';
import { InputProblem } from '../../shared/errors.js';
import { dateArg, isDemoSource, ListQuery, whereDemo, whereSearch } from '../../shared/list.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import { activeOn } from '../../shared/validity.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Framework } from './framework.entity.js';
import { Requirement } from './requirement.entity.js';

export enum RequirementOrder {
  CODE = 'CODE',
  CATEGORY = 'CATEGORY',
  VALID_FROM = 'VALID_FROM',
}
registerEnumType(RequirementOrder, {
  name: 'RequirementOrder',
  description: 'Order of a requirement list.',
  valuesConfig: {
    CODE: { description: 'By code (default).' },
    CATEGORY: { description: 'By category (nhóm nội dung), then code.' },
    VALID_FROM: { description: 'Oldest first (unknown start first), then code.' },
  },
});

@InputType({ description: 'Which requirements (nội dung/tiêu chí kiểm tra) to list.' })
export class RequirementFilter {
  @Field(() => String, { nullable: true, description: 'Only requirements under this legal basis (căn cứ pháp lý), by framework code.' })
  frameworkCode?: string;

  @Field(() => [RequirementCategory], { nullable: true, description: 'Only these categories (nhóm nội dung).' })
  categories?: RequirementCategory[];

  @Field(() => String, { nullable: true, description: 'Only requirements that apply on this date (YYYY-MM-DD).' })
  validOn?: string;

  @Field(() => String, { nullable: true, description: 'Accent-insensitive search in code, title and English title.' })
  search?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only DEMO (generated) records; false: only records from other sources.' })
  demo?: boolean;
}

@ObjectType({ description: 'A page of requirements (nội dung/tiêu chí kiểm tra).' })
export class RequirementConnection extends Connection(Requirement, 'Requirement', 'requirements') {}

@Resolver(() => Requirement)
export class RequirementResolver {
  @Query(() => Requirement, { nullable: true, description: 'One requirement by its code.' })
  requirement(@Arg('code', () => String, { description: 'The requirement code, e.g. QCDC-01.' }) code: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(Requirement, { code });
  }

  @Query(() => RequirementConnection, { description: 'Nội dung/tiêu chí kiểm tra — the checkable requirements, a page at a time.' })
  async requirements(
    @Ctx() ctx: Context,
    @Arg('filter', () => RequirementFilter, { nullable: true, description: 'Which requirements; all when left out.' }) filter?: RequirementFilter,
    @Arg('orderBy', () => RequirementOrder, { nullable: true, description: 'Order; default CODE.' }) orderBy?: RequirementOrder,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page (cursor pagination).' }) pageInput?: PageInput,
  ) {
    const page = readPage(pageInput);
    const sql = sqlFor(ctx.em);
    const q = new ListQuery();
    if (filter?.frameworkCode) {
      const [f] = await sql<{ id: number }>('select id from framework where code = ?', [filter.frameworkCode]);
      if (!f) throw new InputProblem('filter.frameworkCode', `unknown framework code "${filter.frameworkCode}"`);
      q.where('r.framework_id = ?', f.id);
    }
    if (filter?.categories?.length) q.where('r.category = any(?::text[])', filter.categories);
    const on = dateArg('filter.validOn', filter?.validOn);
    if (on) q.where(activeOn('r', '?::date'), on, on);
    whereSearch(q, ['r.code', 'r.title', 'r.title_en'], filter?.search);
    whereDemo(q, 'r.source_id', filter?.demo);
    const orders: Record<RequirementOrder, string> = {
      [RequirementOrder.CODE]: 'r.code',
      [RequirementOrder.CATEGORY]: 'r.category, r.code',
      [RequirementOrder.VALID_FROM]: 'r.valid_from nulls first, r.code',
    };
    const { ids, total } = await q.page(sql, 'requirement r', 'r.id', orders[orderBy ?? RequirementOrder.CODE], page);
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

  @Query(() => FrameworkConnection, { description: 'Căn cứ pháp lý — the legal bases of the requirements, by code, a page at a time.' })
  async frameworks(
    @Ctx() ctx: Context,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page (cursor pagination).' }) pageInput?: PageInput,
  ) {
    const page = readPage(pageInput);
    const { ids, total } = await new ListQuery().page(sqlFor(ctx.em), 'framework f', 'f.id', 'f.code', page);
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
