import { Migration } from '@mikro-orm/migrations';
import { auditTriggerSql } from '../modules/audit/triggers.js';
import { AUDITED } from './Migration20261201224800AuditTrail.js';

/**
 * Remediation of recommendations (SPEC §6.1, issue 10): the latest progress report on the
 * recommendation itself — the date it applies from (`progress_on`), what was done
 * (`progress_note`) and when it was reported (`progress_at`, set by every report, so each report is
 * one audit entry even when it repeats the words of the one before). The history of reports is the
 * audit trail (who, when, via, status and these columns before and after), which is never changed
 * or deleted; the recommendation's audit functions are re-created with the new columns.
 * Existing rows get nulls: no published number changes.
 */
export const PROGRESS_COLUMNS = ['progress_on', 'progress_note', 'progress_at'];

export class Migration20261202063000RemedRecommendationProgress extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table recommendation
      add column progress_on date null,
      add column progress_note text null,
      add column progress_at timestamptz null;`);
    const entry = AUDITED.find((t) => t.table === 'recommendation')!;
    for (const s of auditTriggerSql({ ...entry, columns: [...entry.columns, ...PROGRESS_COLUMNS] }, true)) this.addSql(s);
  }

  override async down(): Promise<void> {
    const entry = AUDITED.find((t) => t.table === 'recommendation')!;
    for (const s of auditTriggerSql(entry, true)) this.addSql(s);
    this.addSql(`alter table recommendation drop column progress_on, drop column progress_note, drop column progress_at;`);
  }
}
