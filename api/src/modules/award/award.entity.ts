import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { AwardDecision } from './award-decision.entity.js';
import { Recorded } from '../audit/recorded.js';

@ObjectType({ description: 'One recipient of an award decision (Đơn vị được khen thưởng). Each recipient is counted once per decision.' })
@Entity({ tableName: 'award' })
@Unique({ name: 'award_decision_recipient_uq', properties: ['decision', 'recipient'] })
export class Award extends Recorded {
  @Field(() => ID, { description: 'Internal id (stable within one database).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => AwardDecision, { deleteRule: 'cascade' })
  decision!: AwardDecision;

  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  recipient!: Unit;

  @Field(() => String, { nullable: true, description: 'What it was awarded for (thành tích).' })
  @Property({ type: 'text', nullable: true })
  citation?: string | null;

  @ManyToOne(() => SourceDocument, { nullable: true, deleteRule: 'restrict', index: true })
  source?: SourceDocument | null;
}
