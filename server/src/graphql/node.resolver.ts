import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from './context.js';
import { BadUserInputError } from './errors.js';
import { fromGlobalId, toGlobalId } from './global-id.js';
import { MAX_NODES, Node, type NodeLoaders, nodeTypeOf } from './node.js';

/** A node's global id from its row: the type name it carries and its database id. */
export function globalIdOf(root: { id?: number; dbId?: number }): string {
  return toGlobalId(nodeTypeOf(root), root.dbId ?? (root.id as number));
}
// The compiled executor calls it in place, like a property read (patches/graphql-jit@0.8.9.patch):
// it reads only the row, is synchronous and does not throw.
Object.assign(globalIdOf, { readsParentOnly: true });

/** Builds the resolver of `node`, `nodes` and every type's global `id` from the modules' loaders. */
export function createNodeResolver(loaders: NodeLoaders) {
  /** Null for an id of ours that names nothing visible; a malformed or foreign id is a mistake. */
  async function load(ctx: Context, globalId: string, argument: string): Promise<object | null> {
    const parsed = fromGlobalId(globalId);
    const loader = parsed && Object.hasOwn(loaders, parsed.type) ? loaders[parsed.type] : undefined;
    if (!parsed || !loader)
      throw new BadUserInputError(
        `"${globalId.slice(0, 100)}" is not an id from this API; ids come from the \`id\` field of an object.`,
        argument,
      );
    return loader(ctx, parsed.id);
  }

  @Resolver(() => Node)
  class NodeResolver {
    @FieldResolver(() => ID)
    id(@Root() root: { id?: number; dbId?: number }): string {
      return globalIdOf(root);
    }

    @Query(() => Node, { nullable: true, description: 'Fetches any object by its global id.' })
    node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
      return load(ctx, id, 'id');
    }

    @Query(() => [Node], {
      nullable: 'items',
      description: `Fetches up to ${MAX_NODES} objects by global id.`,
    })
    nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<object | null>[] {
      if (ids.length > MAX_NODES) throw new BadUserInputError(`"ids" takes at most ${MAX_NODES} ids.`, 'ids');
      // One promise per item: a malformed id fails its own item (null, with an error), not the list.
      return ids.map((id) => load(ctx, id, 'ids'));
    }
  }
  return NodeResolver;
}
