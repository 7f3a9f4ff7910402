/** A unit as listed for the hierarchy page. */
export interface TreeUnit {
  code: string;
  name: string;
  kind: string;
  parent: { code: string } | null;
}

export interface TreeNode<U extends TreeUnit> {
  unit: U;
  children: TreeNode<U>[];
  /** Units in this subtree, the unit itself included. */
  size: number;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * The hierarchy on a date from a flat list of the units active that day. A unit whose parent is
 * not in the list (the city, or a parent that no longer existed that day) becomes a root, so no
 * unit is ever hidden. Siblings in Vietnamese alphabetical order.
 */
export function buildTree<U extends TreeUnit>(units: U[]): TreeNode<U>[] {
  const nodes = new Map(units.map((u) => [u.code, { unit: u, children: [] as TreeNode<U>[], size: 1 }]));
  const roots: TreeNode<U>[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parent ? nodes.get(node.unit.parent.code) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: TreeNode<U>[]): number => {
    list.sort((a, b) => collator.compare(a.unit.name, b.unit.name));
    return list.reduce((n, c) => {
      c.size = 1 + sort(c.children);
      return n + c.size;
    }, 0);
  };
  sort(roots);
  return roots;
}
