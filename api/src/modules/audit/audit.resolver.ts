import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { requireRole } from '../auth/viewer.js';
import { connection, PageInput, readPage } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import { auditLog } from './audit.service.js';
import { AuditEntry, AuditEntryConnection, AuditFilter, AuditWhere } from './audit.types.js';
import { NULL_ON_ERROR } from '../../shared/errors.js';

/**
 * Who may read the audit trail (SPEC §6.4): ADMIN and LEADER, each within their scope (the
 * entries are restricted in SQL, audit.service.ts). Anonymous readers get it only where the HTTP
 * layer lets them in at all (ACCESS=open, the embedded demo on loopback).
 */
function mayReadAudit(ctx: Context): void {
  if (ctx.viewer) requireRole(ctx.viewer, 'ADMIN', 'LEADER');
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    nullable: true,
    description: 'Nhật ký thay đổi — the audit trail: every change of every record (seed, import, CLI, forms), newest first, a page at a time. ADMIN and LEADER; a scoped reader sees the entries about units of the scope and the reference data (requirements, frameworks).' + ' ' + NULL_ON_ERROR,
  })
  async auditLog(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditFilter, { nullable: true, description: 'Which entries; all when left out.' }) filter?: AuditFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page (cursor pagination).' }) pageInput?: PageInput,
    @Arg('where', () => AuditWhere, { nullable: true, description: 'Conditions with and, or, not on the fields (e.g. `{ not: { login: { in: ["cli"] } }, action: { eq: DELETE } }`), together with `filter`.' }) where?: AuditWhere,
  ) {
    mayReadAudit(ctx);
    const page = readPage(pageInput);
    const { nodes, total } = await auditLog(sqlFor(ctx.em), ctx.scope, filter, page, where);
    return connection(nodes, total, page);
  }
}
