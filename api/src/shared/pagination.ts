import { ClassType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { InputProblem } from './errors.js';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

@ObjectType({ description: 'Where a page ends and whether more follow (cursor pagination).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

@InputType({ description: 'A page of a list: `first` items after the `after` cursor.' })
export class PageInput {
  @Field(() => Int, { nullable: true, description: `How many items (1–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string;
}

export interface Page {
  limit: number;
  offset: number;
}

/** Cursors are opaque to clients; inside they hold the offset in the list's stable order. */
export function readPage(page: PageInput | undefined): Page {
  const limit = page?.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new InputProblem('page.first', `must be between 1 and ${MAX_PAGE_SIZE}, got ${limit}`);
  }
  let offset = 0;
  if (page?.after) {
    const decoded = /^o:(\d+)$/.exec(Buffer.from(page.after, 'base64url').toString());
    if (!decoded) throw new InputProblem('page.after', 'is not a cursor returned by this API');
    offset = Number(decoded[1]);
  }
  return { limit, offset };
}

/** A total counted only when asked for (ListQuery.page), with whether more items follow the page. */
export interface LazyTotal {
  hasNextPage: boolean;
  count(): Promise<number>;
}

/**
 * A connection from a page of items and the total: a number, or a LazyTotal whose count runs
 * only when GraphQL resolves `totalCount` (type-graphql reads the field as a property, so a
 * getter defers it; graphql-js awaits the promise).
 */
export function connection<T>(items: T[], total: number | LazyTotal, page: Page) {
  const end = page.offset + items.length;
  const endCursor = items.length ? Buffer.from(`o:${end}`).toString('base64url') : null;
  if (typeof total === 'number') return { nodes: items, totalCount: total, pageInfo: { hasNextPage: end < total, endCursor } };
  return {
    nodes: items,
    get totalCount(): Promise<number> {
      return total.count();
    },
    pageInfo: { hasNextPage: total.hasNextPage, endCursor },
  };
}

/** A typed connection (list page) for a node type: nodes, totalCount, pageInfo. */
export function Connection<T extends object>(node: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Connection`, { description: `A page of ${what}, with the total count of all matches.` })
  class ConnectionClass {
    @Field(() => [node], { description: `The ${what} of this page, in the list's order.` })
    nodes!: T[];

    @Field(() => Int, { description: 'How many items match the filter, over all pages.' })
    totalCount!: number;

    @Field(() => PageInfo, { description: 'Where this page ends and whether more follow.' })
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}
