import { Field, InputType, registerEnumType } from 'type-graphql';
import { RequirementCategory } from '../../shared/enums.js';
import { LOGIC } from '../../shared/record-where.js';
import { DateCondition, StringCondition } from '../../shared/where.js';
import { RequirementCategoryCondition } from '../inspection/inspection.inputs.js';

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

@InputType({ description: `Which requirements, as conditions combined with and, or, not (issue 11.3), e.g. \`{ category: { in: [PUBLICIZE, LEADERSHIP] }, not: { title: { contains: "cong khai" } } }\`. ${LOGIC.rule}` })
export class RequirementWhere {
  @Field(() => [RequirementWhere], { nullable: true, description: LOGIC.and })
  and?: RequirementWhere[];

  @Field(() => [RequirementWhere], { nullable: true, description: LOGIC.or })
  or?: RequirementWhere[];

  @Field(() => RequirementWhere, { nullable: true, description: LOGIC.not })
  not?: RequirementWhere;

  @Field(() => StringCondition, { nullable: true, description: 'The requirement code (mã tiêu chí), e.g. QCDC-01.' })
  code?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'The Vietnamese title; `contains` ignores accents and case.' })
  title?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'The English title; empty when none was given.' })
  titleEn?: StringCondition;

  @Field(() => RequirementCategoryCondition, { nullable: true, description: 'Nhóm nội dung.' })
  category?: object;

  @Field(() => StringCondition, { nullable: true, description: 'The legal basis (căn cứ pháp lý), by framework code; a code given in eq, in or notIn must exist.' })
  frameworkCode?: StringCondition;

  @Field(() => DateCondition, { nullable: true, description: 'First day the requirement applies; empty when unknown.' })
  validFrom?: DateCondition;

  @Field(() => DateCondition, { nullable: true, description: 'Last day the requirement applies; empty while it still applies.' })
  validTo?: DateCondition;
}

@InputType({ description: 'Conditions on the requirements of a legal basis, a to-many link, as Prisma filters a relation: `some` — at least one matches; `every` — all do (true when it has none); `none` — none does.' })
export class FrameworkRequirementsCondition {
  @Field(() => RequirementWhere, { nullable: true, description: 'At least one of its requirements matches.' })
  some?: RequirementWhere;

  @Field(() => RequirementWhere, { nullable: true, description: 'Every one of its requirements matches (also true when it has none).' })
  every?: RequirementWhere;

  @Field(() => RequirementWhere, { nullable: true, description: 'None of its requirements matches.' })
  none?: RequirementWhere;
}

@InputType({ description: `Which legal bases (căn cứ pháp lý), as conditions combined with and, or, not (issue 11.3), e.g. \`{ requirements: { some: { category: { eq: SUPERVISE } } } }\`. ${LOGIC.rule}` })
export class FrameworkWhere {
  @Field(() => [FrameworkWhere], { nullable: true, description: LOGIC.and })
  and?: FrameworkWhere[];

  @Field(() => [FrameworkWhere], { nullable: true, description: LOGIC.or })
  or?: FrameworkWhere[];

  @Field(() => FrameworkWhere, { nullable: true, description: LOGIC.not })
  not?: FrameworkWhere;

  @Field(() => StringCondition, { nullable: true, description: 'The framework code, e.g. ND04_2015.' })
  code?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'The title of the legal text (tên văn bản); `contains` ignores accents and case.' })
  title?: StringCondition;

  @Field(() => FrameworkRequirementsCondition, { nullable: true, description: 'Its requirements (some / every / none), with the fields of a requirements where.' })
  requirements?: FrameworkRequirementsCondition;
}
