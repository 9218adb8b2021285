import { ErrorCode } from '@partnerhub/shared';
import { type ClassType, Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { DEFAULT_GRAPHQL_LIMITS } from '../config.js';
import { PublicError } from './errors.js';

@ObjectType({ description: 'Where a page of a connection stands in the whole list.', simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ForwardPaginationArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return (default ${DEFAULT_PAGE_SIZE}, at most ${DEFAULT_GRAPHQL_LIMITS.maxPageSize}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;
}

export interface Page {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = 'offset:';

function encodeCursor(offset: number): string {
  return Buffer.from(CURSOR_PREFIX + offset).toString('base64url');
}

/** Turns `first`/`after` into an offset and limit, rejecting out-of-range values with BAD_USER_INPUT. */
export function pageFrom({ first, after }: ForwardPaginationArgs): Page {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > DEFAULT_GRAPHQL_LIMITS.maxPageSize) {
    throw new PublicError(
      ErrorCode.BAD_USER_INPUT,
      `"first" must be between 0 and ${DEFAULT_GRAPHQL_LIMITS.maxPageSize}, got ${limit}.`,
      { argument: 'first' },
    );
  }
  if (after == null) return { offset: 0, limit };
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const offset = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(offset) || offset < 0) {
    throw new PublicError(ErrorCode.BAD_USER_INPUT, `"after" is not a cursor from this list.`, {
      argument: 'after',
    });
  }
  return { offset: offset + 1, limit };
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** An edge whose cursor is encoded only if it is asked for: most reads select nodes alone. */
class PageEdge<T> {
  constructor(
    readonly node: T,
    private readonly offset: number,
  ) {}

  get cursor(): string {
    return encodeCursor(this.offset);
  }
}

/**
 * Wraps one page of items (already offset and limited) into a Relay connection. When the query
 * selected no items (`items` is empty but `totalCount` is known), the page's cursors still tell where
 * it starts and ends, so a client can skip ahead without reading the rows.
 */
export function toConnection<T>(
  items: T[],
  totalCount: number,
  page: Page,
  itemsRead = true,
): ConnectionShape<T> {
  const edges = items.map((node, i) => new PageEdge(node, page.offset + i));
  const size = itemsRead ? items.length : Math.max(0, Math.min(page.limit, totalCount - page.offset));
  return {
    edges,
    nodes: items,
    totalCount,
    pageInfo: {
      hasNextPage: page.offset + size < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: size > 0 ? encodeCursor(page.offset) : null,
      endCursor: size > 0 ? encodeCursor(page.offset + size - 1) : null,
    },
  };
}

/** Declares `<Name>Edge` and a base for `<Name>Connection` over a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType()
  abstract class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The nodes of `edges`, for when cursors are not needed.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds.' })
    totalCount!: number;
  }
  return Connection;
}
