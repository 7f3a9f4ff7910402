import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RecommendationStatus } from '../../shared/enums.js';
import { Inspection } from './inspection.entity.js';
import { Recorded } from '../audit/recorded.js';

@ObjectType({ description: 'A matter to remedy noted by an inspection (Kiến nghị, vấn đề cần khắc phục).' })
@Entity({ tableName: 'recommendation' })
@Unique({ name: 'recommendation_inspection_seq_uq', properties: ['inspection', 'seq'] })
@Index({ name: 'recommendation_due_date_idx', properties: ['dueDate'] })
@Check({ name: 'recommendation_resolved_has_date', expression: "status <> 'RESOLVED' or resolved_on is not null" })
export class Recommendation extends Recorded {
  @Field(() => ID, { description: 'Internal id (stable within one database).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Inspection, { deleteRule: 'cascade' })
  inspection!: Inspection;

  @Field(() => Int, { description: 'Number within the inspection (1, 2, …).' })
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => String, { description: 'What is to be remedied (nội dung kiến nghị).' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Deadline (hạn khắc phục), YYYY-MM-DD.' })
  @Property({ type: 'date', nullable: true })
  dueDate?: string | null;

  @Field(() => RecommendationStatus, { description: 'Tình trạng khắc phục — current status (open, in progress, resolved, or unknown when the source does not say: then neither open nor resolved in any metric).' })
  @Enum({ items: () => RecommendationStatus, type: 'text' })
  status!: RecommendationStatus;

  @Field(() => String, { nullable: true, description: 'Date it was resolved (ngày khắc phục xong).' })
  @Property({ type: 'date', nullable: true })
  resolvedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Ngày cập nhật khắc phục — the date the latest remediation report applies from, YYYY-MM-DD (null when none was made).' })
  @Property({ type: 'date', nullable: true })
  progressOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Kết quả khắc phục — what the latest remediation report says was done.' })
  @Property({ type: 'text', nullable: true })
  progressNote?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  progressAt?: Date | null;
}
