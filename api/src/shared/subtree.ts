/**
 * The subtree below units, written once for every query that asks "within this unit": a CTE for
 * `with recursive`, `name(id)` = the root units and every unit below them through parent links.
 * It takes one parameter, the roots' ids as an int[] (one root for `withinUnit`, several for a
 * reader's scope); test membership with `<unit id> in (select id from <name>)`.
 */
export function subtreeCte(name = 'subtree'): string {
  return `${name} as (select id from unit where id = any(?::int[]) union all select c.id from unit c join ${name} p on c.parent_id = p.id)`;
}
