import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { SourceKind } from '../../shared/enums.js';
import { Recorded } from '../audit/recorded.js';

@ObjectType({ description: 'Where a record came from (Nguồn): an article, a decision, a report, reference data, a proposal, or DEMO (generated) data.' })
@Entity({ tableName: 'source_document' })
// made NOT VALID by migration SourceUrlWeb (rows stored before are not checked); declared so the generator knows it
@Check({ name: 'source_document_url_web', expression: "url is null or (url ~* '^https?://[^/?#[:space:]]' and url !~ '[[:cntrl:][:space:]]')" })
@Index({ name: 'source_document_key_uq', expression: "create unique index source_document_key_uq on source_document (kind, title, coalesce(url, ''))" })
export class SourceDocument extends Recorded {
  @Field(() => ID, { description: 'Internal id (stable within one database).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => SourceKind, { description: 'Kind of source; DEMO marks generated data that must never be read as fact.' })
  @Enum({ items: () => SourceKind, type: 'text' })
  kind!: SourceKind;

  @Field(() => String, { description: 'Title of the article, decision or report (tiêu đề).' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Link to the original, when known.' })
  @Property({ type: 'text', nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Who published or issued it (cơ quan ban hành / đăng tải).' })
  @Property({ type: 'text', nullable: true })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date, YYYY-MM-DD.' })
  @Property({ type: 'date', nullable: true })
  publishedOn?: string | null;

  @Field(() => Boolean, { description: 'True for generated demo data (Dữ liệu minh họa).' })
  get isDemo(): boolean {
    return this.kind === SourceKind.DEMO;
  }
}
