import { Cascade, Collection, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LineageType } from '../../shared/enums.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from './unit.entity.js';
import { Recorded } from '../audit/recorded.js';

@ObjectType({ description: 'A dated change of organisation (Biến động đơn vị): merge, split, rename, transfer, establishment, dissolution.' })
@Entity({ tableName: 'lineage_event' })
export class LineageEvent extends Recorded {
  @Field(() => ID, { description: 'Internal id (stable within one database).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Date the change took effect (YYYY-MM-DD).' })
  @Property({ type: 'date', index: true })
  date!: string;

  @Field(() => LineageType, { description: 'Loại biến động — merge, split, rename, transfer, establishment or dissolution.' })
  @Enum({ items: () => LineageType, type: 'text' })
  type!: LineageType;

  @Field(() => String, { nullable: true, description: 'The decision or resolution behind it, e.g. "Nghị quyết 1659/NQ-UBTVQH15".' })
  @Property({ type: 'text', nullable: true })
  decision?: string | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú — remarks, e.g. partial transfers or unverified numbers.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** Natural key of SPEC §5.2 (every column but note), kept as one unique text. */
  @Property({ type: 'text', unique: true })
  naturalKey!: string;

  @OneToMany(() => LineageEventUnit, (u) => u.event, { cascade: [Cascade.ALL], orphanRemoval: true })
  units = new Collection<LineageEventUnit>(this);

  @ManyToOne(() => SourceDocument, { nullable: true, deleteRule: 'restrict' })
  source?: SourceDocument | null;
}

/** One unit on either side of a lineage event; position keeps the listed order (SPLIT's first target is the main successor). */
@Entity({ tableName: 'lineage_event_unit' })
export class LineageEventUnit {
  @ManyToOne(() => LineageEvent, { primary: true, deleteRule: 'cascade' })
  event!: LineageEvent;

  // an enum to the generator: PostgreSQL's reading of the check lineage_event_unit_role (Initial) is an enum's
  @Enum({ items: ['FROM', 'TO'], type: 'text', primary: true })
  role!: 'FROM' | 'TO';

  @PrimaryKey({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  unit!: Unit;
}
