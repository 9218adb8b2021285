import { Field, ID, InterfaceType } from 'type-graphql';
import type { Context } from './context.js';

/** How many ids `nodes(ids:)` takes at once. */
export const MAX_NODES = 100;

/** Marks plain read-model rows with the GraphQL type they stand for (entities use their class name). */
export interface TypedRow {
  __typename: string;
}

export function nodeTypeOf(value: object): string {
  return (value as Partial<TypedRow>).__typename ?? value.constructor.name;
}

/** An object with a stable, opaque global id (Relay Global Object Identification). */
@InterfaceType({ resolveType: (value: object) => nodeTypeOf(value) })
export abstract class Node {
  @Field(() => ID, { description: 'An opaque global id; pass it to `node(id:)` to fetch the object again.' })
  id!: string;
}

/** Loads the node of one type by its database id, or null when it is not visible or does not exist. */
export type NodeLoader = (ctx: Context, id: number) => Promise<object | null>;
export type NodeLoaders = Record<string, NodeLoader>;
