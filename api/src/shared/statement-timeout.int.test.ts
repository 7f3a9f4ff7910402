import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyChanges } from '../modules/records/gateway.js';
import { testDatabase, type TestDb } from '../test/db.js';
import { formatError } from '../graphql.js';

/**
 * Every request bounded by a statement timeout (issue 15.4): the API's connections carry
 * statement_timeout (here 500 ms; 10 s in the API), writes through the gateway a longer one of their
 * own, and a statement stopped by it is answered QUERY_TIMEOUT naming the limit. PostgreSQL enforces
 * it; PGlite accepts the setting but never cancels (single-threaded WebAssembly), so the stopped
 * statement is shown on PostgreSQL (a lock held by another session keeps the API's query waiting).
 */
let t: TestDb;
beforeAll(async () => {
  t = await testDatabase({ statementTimeoutMs: 500 });
  await t.load({ units: [{ code: 'D1', name: 'Quận Một', kind: 'DISTRICT' }] });
});
afterAll(() => t?.close());

describe('statement timeout', () => {
  it('every connection of the pool starts with the limit; a gateway write raises it for its own transaction only', async () => {
    expect(await t.sql('show statement_timeout')).toEqual([{ statement_timeout: '500ms' }]);
    let inWrite: unknown;
    await applyChanges(t.em(), [], { login: 'test' }, 'import', {
      guard: async (sql) => {
        inWrite = await sql('show statement_timeout');
      },
    });
    expect(inWrite).toEqual([{ statement_timeout: '10min' }]);
    expect(await t.sql('show statement_timeout')).toEqual([{ statement_timeout: '500ms' }]);
  });

  it('a query stopped by it is QUERY_TIMEOUT naming the limit, never an internal error', async () => {
    if (t.postgres) {
      const u = new URL(t.postgres.adminUrl);
      u.pathname = `/${t.postgres.name}`;
      const admin = new pg.Client({ connectionString: u.toString() });
      await admin.connect();
      try {
        await admin.query('begin');
        await admin.query('lock table unit in access exclusive mode');
        const r = await t.execute('{ units { nodes { code } } }');
        expect(r.errors).toEqual([
          expect.objectContaining({
            message: 'the query ran longer than the 0.5 s limit and was stopped; ask for less (a shorter span, fewer dimensions, a smaller page or less nesting)',
            extensions: { code: 'QUERY_TIMEOUT', limit: '500 ms' },
          }),
        ]);
        // a compiled record list (one JSON statement) is stopped once, not run again the long way
        await admin.query('lock table inspection in access exclusive mode');
        const knex = t.db.orm.em.getKnex();
        let statements = 0;
        const count = () => statements++;
        knex.on('query', count);
        const l = await t.execute('{ inspections { nodes { code unit { code } } } }').finally(() => knex.removeListener('query', count));
        expect(l.errors).toEqual([expect.objectContaining({ path: ['inspections'], extensions: { code: 'QUERY_TIMEOUT', limit: '500 ms' } })]);
        expect(statements).toBe(1);
      } finally {
        await admin.query('rollback');
        await admin.end();
      }
    }
    // what PostgreSQL throws (node-postgres' error as MikroORM passes it on), formatted for a client
    const cancelled = Object.assign(new Error('select … - canceling statement due to statement timeout'), { code: '57014' });
    expect(formatError({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, cancelled)).toMatchObject({ extensions: { code: 'QUERY_TIMEOUT', limit: '500 ms' } });
    expect((await t.execute('{ units { nodes { code } } }')).data).toEqual({ units: { nodes: [{ code: 'D1' }] } });
  });
});
