import { type GraphQLSchema, assertInterfaceType, isObjectType } from 'graphql';
import { type BuildSchemaOptions, buildSchema } from 'type-graphql';
import { registerEnums } from './enums.js';
import { type NodeLoaders, nodeTypeOf } from './node.js';
import { createNodeResolver, globalIdOf } from './node.resolver.js';
import { guardTextArguments } from './text-boundary.js';

type Resolver = BuildSchemaOptions['resolvers'][number];

/** What each module brings to the schema; the composition root collects them. */
export interface SchemaParts {
  /** Registers the module enums type-graphql must know before the resolvers are read. */
  registerEnums: readonly (() => void)[];
  /** `node(id:)` loaders by type name. */
  nodeLoaders: NodeLoaders;
  resolvers: readonly Resolver[];
}

/**
 * type-graphql wraps an interface's `resolveType` in an async function. graphql-js awaits it, but
 * the compiled executor (compiled-execution.ts) takes the answer as it comes, so Node gets its own
 * synchronous one back: the type name a row carries.
 */
function resolveNodeTypeAtOnce(schema: GraphQLSchema): GraphQLSchema {
  assertInterfaceType(schema.getType('Node')).resolveType = nodeTypeOf;
  return schema;
}

/**
 * Every node's `id` is the most asked-for field (twice per listing in a search page). Its resolver
 * takes only the row, so it is called directly instead of through type-graphql's wrapper, which
 * gathers parameters and applies middlewares on each call (about 1% of a search's server time).
 */
function resolveNodeIdsDirectly(schema: GraphQLSchema): GraphQLSchema {
  const node = assertInterfaceType(schema.getType('Node'));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().includes(node)) continue;
    const id = type.getFields().id;
    if (id) id.resolve = globalIdOf;
  }
  return schema;
}

/** Builds the GraphQL schema from the parts, with the Node resolver and the text-argument guard. */
export function buildSchemaOf(parts: SchemaParts): Promise<GraphQLSchema> {
  registerEnums();
  for (const register of parts.registerEnums) register();
  const NodeResolver = createNodeResolver(parts.nodeLoaders);
  return buildSchema({
    resolvers: [NodeResolver, ...parts.resolvers],
    validate: false,
    emitSchemaFile: false,
  })
    .then(guardTextArguments)
    .then(resolveNodeTypeAtOnce)
    .then(resolveNodeIdsDirectly);
}
