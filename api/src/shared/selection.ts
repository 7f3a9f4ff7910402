import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the query selects the field at `path` below the field being resolved, following
 * fragments and inline fragments: e.g. `['nodes', 'findings', 'requirement']` on a list. Resolvers
 * use it to load only what is asked for, before GraphQL walks the rows.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const name of path) {
    const next: SelectionSetNode[] = [];
    const seen = new Set<string>();
    const visit = (set: SelectionSetNode) => {
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value === name) next.push(sel.selectionSet ?? { kind: Kind.SELECTION_SET, selections: [] });
        } else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet);
        else if (!seen.has(sel.name.value)) {
          seen.add(sel.name.value);
          const fragment = info.fragments[sel.name.value];
          if (fragment) visit(fragment.selectionSet);
        }
      }
    };
    sets.forEach(visit);
    if (!next.length) return false;
    sets = next;
  }
  return true;
}
