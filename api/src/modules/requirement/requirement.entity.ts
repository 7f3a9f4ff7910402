import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { RequirementCategory } from '../../shared/enums.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Framework } from './framework.entity.js';
import { Recorded } from '../audit/recorded.js';

@ObjectType({ description: 'A checkable requirement of the regulation (Nội dung/tiêu chí kiểm tra). The seeded catalogue is a proposal (source kind PROPOSAL), not an official list.' })
@Entity({ tableName: 'requirement' })
@Check({ name: 'requirement_validity_ordered', expression: 'valid_to is null or valid_from is null or valid_to >= valid_from' })
export class Requirement extends Recorded {
  @Field(() => ID, { description: 'Internal id (stable within one database).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Unique code, e.g. QCDC-01.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @ManyToOne(() => Framework, { deleteRule: 'restrict', index: true })
  framework!: Framework;

  @Field(() => String, { description: 'Vietnamese title.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'English title.' })
  @Property({ type: 'text', nullable: true })
  titleEn?: string | null;

  @Field(() => RequirementCategory, { description: 'Nhóm nội dung — the group of QCDC content it belongs to.' })
  @Enum({ items: () => RequirementCategory, type: 'text' })
  category!: RequirementCategory;

  @Field(() => String, { nullable: true, description: 'First day the requirement applies (YYYY-MM-DD).' })
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day the requirement applies; null = still applies.' })
  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @ManyToOne(() => SourceDocument, { nullable: true, deleteRule: 'restrict' })
  source?: SourceDocument | null;
}
