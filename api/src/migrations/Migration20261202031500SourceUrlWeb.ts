import { Migration } from '@mikro-orm/migrations';

/**
 * Only web addresses as source links (issue 15.3): a `javascript:` or `data:` URL imported from a
 * spreadsheet was rendered as a link. The importer and the inputs refuse them (records/record.ts
 * `isWebUrl`); this constraint is the last line. NOT VALID: rows stored before are not checked here
 * (the dashboard renders them as plain text, dashboard/src/lib/safe-url.ts), every new or changed row is.
 */
export class Migration20261202031500SourceUrlWeb extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table source_document add constraint source_document_url_web
      check (url is null or (url ~* '^https?://[^/?#[:space:]]' and url !~ '[[:cntrl:][:space:]]')) not valid;`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table source_document drop constraint source_document_url_web;');
  }
}
