import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { FindingResult } from '../../shared/enums.js';
import { Requirement } from '../requirement/requirement.entity.js';
import { Inspection } from './inspection.entity.js';
import { Recorded } from '../audit/recorded.js';

@ObjectType({ description: 'An inspection\'s result on one requirement (Kết quả kiểm tra theo tiêu chí). One per inspection and requirement.' })
@Entity({ tableName: 'finding' })
@Unique({ name: 'finding_inspection_requirement_uq', properties: ['inspection', 'requirement'] })
export class Finding extends Recorded {
  @Field(() => ID, { description: 'Internal id (stable within one database).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Inspection, { deleteRule: 'cascade' })
  inspection!: Inspection;

  @ManyToOne(() => Requirement, { deleteRule: 'restrict', index: true })
  requirement!: Requirement;

  @Field(() => FindingResult, { description: 'Kết quả — compliant, partial, non-compliant or not applicable.' })
  @Enum({ items: () => FindingResult, type: 'text' })
  result!: FindingResult;

  @Field(() => String, { nullable: true, description: 'What the team observed (ghi chú), as stated by the source.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
