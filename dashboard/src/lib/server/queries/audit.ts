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
