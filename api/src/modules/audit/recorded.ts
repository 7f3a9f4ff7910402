import { Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * Timestamps and version of every record table (migration AuditTrail). Maintained by the
 * database (trigger qcdc_touch): never set them in code. A later edit refuses a stale `version`.
 */
@ObjectType()
export abstract class Recorded {
  @Field(() => Date, { description: 'When the record was created (thời điểm tạo).' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the record last changed (thời điểm cập nhật); unchanged by a re-import that changes nothing.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Phiên bản — 1 when created, + 1 for each transaction that changed it (an edit must name the version it read).' })
  @Property({ type: 'integer', default: 1 })
  version!: number;
}
