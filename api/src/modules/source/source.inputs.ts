import { Field, InputType, registerEnumType } from 'type-graphql';
import { SourceKind } from '../../shared/enums.js';

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
