import type { Sql } from '../../shared/sql.js';

/** Keeps derived tables in step with the data, inside the writer's transaction. */
export async function afterDataChange(sql: Sql): Promise<void> {
  await sql('select qcdc_refresh_unit_dim()');
}
