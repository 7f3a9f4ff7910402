import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AwardKind } from '../../shared/enums.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Recorded } from '../audit/recorded.js';

@ObjectType({ description: 'An award decision (Quyết định khen thưởng): number, date, issuer, form and period. Numbers restart every year, so a decision is identified by number, date and issuer. Number and date may be unknown (null) when the source names only the period — e.g. the 2015–2020 Bằng khen of the Chairman of the City People\'s Committee.' })
@Entity({ tableName: 'award_decision' })
@Index({
  name: 'award_decision_key_uq',
  expression:
    "create unique index award_decision_key_uq on award_decision (coalesce(number, ''), coalesce(date, '0001-01-01'), issuer, kind, coalesce(period_from, 0), coalesce(period_to, 0))",
})
@Check({ name: 'award_decision_identified', expression: 'number is not null or period_from is not null' })
@Check({ name: 'award_decision_period_ordered', expression: 'period_to is null or period_from is null or period_to >= period_from' })
export class AwardDecision extends Recorded {
  @Field(() => ID, { description: 'Internal id (stable within one database); a decision has no code of its own (numbers restart every year).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { nullable: true, description: 'Number and symbol (số, ký hiệu), e.g. "881/QĐ-UBND"; null when the source does not give it.' })
  @Property({ type: 'text', nullable: true })
  number?: string | null;

  @Field(() => String, { nullable: true, description: 'Date signed (YYYY-MM-DD); null when unknown.' })
  @Property({ type: 'date', nullable: true, index: true })
  date?: string | null;

  @Field(() => String, { description: 'Who issued it (cấp quyết định), e.g. "Chủ tịch UBND thành phố Đà Nẵng".' })
  @Property({ type: 'text' })
  issuer!: string;

  @Field(() => AwardKind, { description: 'Hình thức khen thưởng — form of award, e.g. BANG_KHEN (Bằng khen).' })
  @Enum({ items: () => AwardKind, type: 'text' })
  kind!: AwardKind;

  @Field(() => Int, { nullable: true, description: 'First year of the period rewarded (giai đoạn), e.g. 2015.' })
  @Property({ type: 'integer', nullable: true })
  periodFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year of the period rewarded, e.g. 2020.' })
  @Property({ type: 'integer', nullable: true })
  periodTo?: number | null;

  @ManyToOne(() => SourceDocument, { nullable: true, deleteRule: 'restrict' })
  source?: SourceDocument | null;

  @Field(() => String, { nullable: true, description: 'Period label "<from>-<to>" (e.g. "2015-2020"), as used by awardStats.' })
  get period(): string | null {
    return this.periodFrom != null && this.periodTo != null ? `${this.periodFrom}-${this.periodTo}` : null;
  }
}
