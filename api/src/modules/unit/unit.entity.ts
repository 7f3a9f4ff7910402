import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { UnitKind } from '../../shared/enums.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Recorded } from '../audit/recorded.js';

@ObjectType({ description: 'An organisational unit (Đơn vị): the city, a department (sở), a district, a ward or commune, a public service unit… Units are never deleted: a unit that ceased to exist has validTo set and lineage events pointing to its successors.' })
@Entity({ tableName: 'unit' })
@Check({ name: 'unit_validity_ordered', expression: 'valid_to is null or valid_from is null or valid_to >= valid_from' })
@Index({ name: 'unit_name_search_idx', expression: 'create index unit_name_search_idx on unit using gin (qcdc_fold(name) gin_trgm_ops)' })
export class Unit extends Recorded {
  @Field(() => ID, { description: 'Internal id (stable within one database); use `code` to refer to a unit.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Stable code (mã đơn vị), e.g. S_KHDT, D490, W20194.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String, { description: 'Vietnamese name (tên đơn vị), NFC.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  @Property({ type: 'text', nullable: true })
  nameEn?: string | null;

  @Field(() => UnitKind, { description: 'Loại đơn vị — kind of unit.' })
  @Enum({ items: () => UnitKind, type: 'text' })
  kind!: UnitKind;

  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'restrict', index: true })
  parent?: Unit | null;

  @Field(() => String, { nullable: true, description: 'First day of existence (YYYY-MM-DD); null = before the records begin.' })
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of existence (YYYY-MM-DD); null = still exists.' })
  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @ManyToOne(() => SourceDocument, { nullable: true, deleteRule: 'restrict' })
  source?: SourceDocument | null;
}
