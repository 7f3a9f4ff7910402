import { Migration } from '@mikro-orm/migrations';
import { auditTriggerSql } from '../modules/audit/triggers.js';
import { AUDITED } from './Migration20261201224800AuditTrail.js';

/**
 * Recording and approval of inspections (SPEC §6.3): `status` DRAFT → SUBMITTED → APPROVED (a
 * return goes back to DRAFT with its reason), who recorded it, who submitted and reviewed it and
 * when, and `edited_at` (set by every form/API edit, so `version` counts an edit that changed only
 * findings or recommendations too). Every existing inspection — imported or seeded — is APPROVED.
 * The inspection's audit functions are re-created with the new columns.
 */
export const REVIEW_COLUMNS = ['status', 'author', 'edited_at', 'submitted_by', 'submitted_at', 'reviewed_by', 'reviewed_at', 'return_reason'];

export class Migration20261202020000InspectionReview extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table inspection
      add column status text not null default 'APPROVED' check (status in ('DRAFT', 'SUBMITTED', 'APPROVED')),
      add column author text null,
      add column edited_at timestamptz null,
      add column submitted_by text null,
      add column submitted_at timestamptz null,
      add column reviewed_by text null,
      add column reviewed_at timestamptz null,
      add column return_reason text null;`);
    // the review queue and an author's own records; approved ones (nearly all) stay out of the index
    this.addSql(`create index inspection_not_approved_idx on inspection (status, author) where status <> 'APPROVED';`);
    const entry = AUDITED.find((t) => t.table === 'inspection')!;
    for (const s of auditTriggerSql({ ...entry, columns: [...entry.columns, ...REVIEW_COLUMNS] }, true)) this.addSql(s);
  }

  override async down(): Promise<void> {
    const entry = AUDITED.find((t) => t.table === 'inspection')!;
    for (const s of auditTriggerSql(entry, true)) this.addSql(s);
    this.addSql(`drop index if exists inspection_not_approved_idx;`);
    this.addSql(`alter table inspection drop column status, drop column author, drop column edited_at, drop column submitted_by, drop column submitted_at, drop column reviewed_by, drop column reviewed_at, drop column return_reason;`);
  }
}
