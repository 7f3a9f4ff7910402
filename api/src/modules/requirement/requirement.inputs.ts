import { Field, InputType, registerEnumType } from 'type-graphql';
import { RequirementCategory } from '../../shared/enums.js';

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
