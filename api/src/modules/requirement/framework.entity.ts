import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { SourceDocument } from '../source/source-document.entity.js';
import { Recorded } from '../audit/recorded.js';

@ObjectType({ description: 'A legal basis for requirements (Căn cứ pháp lý), e.g. Decree 04/2015/NĐ-CP or Law 10/2022/QH15 with Decree 59/2023/NĐ-CP.' })
@Entity({ tableName: 'framework' })
export class Framework extends Recorded {
  @Field(() => ID, { description: 'Internal id (stable within one database).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Stable code, e.g. ND04_2015, LUAT10_2022.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String, { description: 'Title of the legal text (tên văn bản).' })
  @Property({ type: 'text' })
  title!: string;

  @ManyToOne(() => SourceDocument, { nullable: true, deleteRule: 'restrict' })
  source?: SourceDocument | null;
}
