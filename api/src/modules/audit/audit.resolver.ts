import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { forbidden } from '../auth/viewer.js';
import { connection, PageInput, readPage } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import { auditLog } from './audit.service.js';
import { AuditEntry, AuditEntryConnection, AuditFilter } from './audit.types.js';

/**
 * Who may read the audit trail. SPEC §6.4: ADMIN and LEADER, restricted to their scope — issue 9
 * (accounts, ctx.viewer) puts the check here; until then the trail is read like every other list.
 */
function mayReadAudit(ctx: Context): void {
  // entries are not yet restricted to a scope in SQL: a scoped reader is refused rather than shown the city's trail
  if (ctx.scope.restricted) throw forbidden('auditLog: the audit trail is not yet available to a reader with a scope');
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description: 'Nhật ký thay đổi — the audit trail: every change of every record (seed, import, CLI, forms), newest first, a page at a time.',
  })
  async auditLog(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditFilter, { nullable: true, description: 'Which entries; all when left out.' }) filter?: AuditFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page (cursor pagination).' }) pageInput?: PageInput,
  ) {
    mayReadAudit(ctx);
    const page = readPage(pageInput);
    const { nodes, total } = await auditLog(sqlFor(ctx.em), filter, page);
    return connection(nodes, total, page);
  }
}
