import { graphql } from '$lib/graphql';

/** "Lịch sử thay đổi": the newest changes of a record and its children (audit trail, SPEC §6.4). */
export const ChangeHistory = graphql(`
  query ChangeHistory($filter: AuditFilter!, $page: PageInput) {
    auditLog(filter: $filter, page: $page) {
      totalCount
      nodes {
        id
        at
        login
        via
        recordType
        recordKey
        action
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

/** SPEC §6.4: the audit trail is for ADMIN and LEADER (anonymous only where ACCESS=open lets anyone read). */
export function mayReadAudit(me: { role: string } | null): boolean {
  return !me || me.role === 'ADMIN' || me.role === 'LEADER';
}
