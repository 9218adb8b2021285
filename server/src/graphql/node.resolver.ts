import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from './context.js';
import { BadUserInputError } from './errors.js';
import { fromGlobalId, toGlobalId } from './global-id.js';
import { Node, type NodeLoaders, nodeTypeOf } from './node.js';

const MAX_NODES = 100;

/** Builds the resolver of `node`, `nodes` and every type's global `id` from the modules' loaders. */
export function createNodeResolver(loaders: NodeLoaders) {
  async function load(ctx: Context, globalId: string): Promise<object | null> {
    const parsed = fromGlobalId(globalId);
    const loader = parsed && loaders[parsed.type];
    return loader && parsed ? loader(ctx, parsed.id) : null;
  }

  @Resolver(() => Node)
  class NodeResolver {
    @FieldResolver(() => ID)
    id(@Root() root: { id?: number; dbId?: number }): string {
      return toGlobalId(nodeTypeOf(root), root.dbId ?? (root.id as number));
    }

    @Query(() => Node, { nullable: true, description: 'Fetches any object by its global id.' })
    node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
      return load(ctx, id);
    }

    @Query(() => [Node], {
      nullable: 'items',
      description: `Fetches up to ${MAX_NODES} objects by global id.`,
    })
    nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<(object | null)[]> {
      if (ids.length > MAX_NODES) throw new BadUserInputError(`"ids" takes at most ${MAX_NODES} ids.`, 'ids');
      return Promise.all(ids.map((id) => load(ctx, id)));
    }
  }
  return NodeResolver;
}
