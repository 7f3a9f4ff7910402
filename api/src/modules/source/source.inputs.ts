import { Field, InputType, registerEnumType } from 'type-graphql';
import { SourceKind } from '../../shared/enums.js';
import { LOGIC } from '../../shared/record-where.js';
import { DateCondition, EnumCondition, StringCondition } from '../../shared/where.js';

export enum SourceOrder {
  PUBLISHED_DESC = 'PUBLISHED_DESC',
  TITLE = 'TITLE',
  KIND = 'KIND',
}
registerEnumType(SourceOrder, {
  name: 'SourceOrder',
  description: 'Order of a source document list.',
  valuesConfig: {
    PUBLISHED_DESC: { description: 'Newest publication first (unknown dates last), then title (default).' },
    TITLE: { description: 'By title in Vietnamese order.' },
    KIND: { description: 'By kind, then title.' },
  },
});

@InputType({ description: 'Which source documents (nguồn) to list.' })
export class SourceFilter {
  @Field(() => [SourceKind], { nullable: true, description: 'Only these kinds (e.g. ARTICLE, DECISION, DEMO).' })
  kinds?: SourceKind[];

  @Field(() => String, { nullable: true, description: 'Accent-insensitive search in title and publisher.' })
  search?: string;
}

export const SourceKindCondition = EnumCondition('SourceKindCondition', SourceKind, 'the kind of a source (loại nguồn)');

@InputType({ description: `Which source documents, as conditions combined with and, or, not (issue 11.3), e.g. \`{ kind: { notIn: [DEMO] }, publishedOn: { gte: "2020-01-01" } }\`. ${LOGIC.rule}` })
export class SourceWhere {
  @Field(() => [SourceWhere], { nullable: true, description: LOGIC.and })
  and?: SourceWhere[];

  @Field(() => [SourceWhere], { nullable: true, description: LOGIC.or })
  or?: SourceWhere[];

  @Field(() => SourceWhere, { nullable: true, description: LOGIC.not })
  not?: SourceWhere;

  @Field(() => SourceKindCondition, { nullable: true, description: 'Loại nguồn (ARTICLE, DECISION, REPORT, REFERENCE, PROPOSAL, DEMO).' })
  kind?: object;

  @Field(() => StringCondition, { nullable: true, description: 'The title (tiêu đề); `contains` ignores accents and case.' })
  title?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'Who published or issued it (cơ quan ban hành / đăng tải); empty when unknown.' })
  publisher?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'The link to the original; empty when unknown.' })
  url?: StringCondition;

  @Field(() => DateCondition, { nullable: true, description: 'The publication date; empty when unknown.' })
  publishedOn?: DateCondition;
}
