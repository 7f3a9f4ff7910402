import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Recorded } from '../audit/recorded.js';

@ObjectType({ description: 'An inspection team of the Steering Committee (Đoàn kiểm tra), e.g. "Đoàn kiểm tra số 2". Teams are matched by name on import.' })
@Entity({ tableName: 'inspection_team' })
export class InspectionTeam extends Recorded {
  @Field(() => ID, { description: 'Internal id (stable within one database).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Name of the team (tên đoàn), e.g. "Đoàn kiểm tra số 2"; unique.' })
  @Property({ type: 'text', unique: true })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The committee the team belongs to (Ban Chỉ đạo).' })
  @Property({ type: 'text', nullable: true })
  committee?: string | null;

  @Field(() => String, { nullable: true, description: 'Usual leader (trưởng đoàn) of the team; each inspection records who led it there.' })
  @Property({ type: 'text', nullable: true })
  leader?: string | null;

  @Field(() => [String], { description: 'Members (thành viên), as far as known.' })
  @Property({ type: 'text[]', default: '{}' })
  members: string[] = [];
}
