import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { ErrorCode } from '@partnerhub/shared';
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  OperationTypeNode,
  execute,
  getNamedType,
  getOperationAST,
  isInputObjectType,
  typeFromAST,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<never>['gateway'];

/**
 * graphql-jit's errors are its own GraphQLError look-alike, without `extensions` when the cause had
 * none; Apollo's error formatting reads `extensions.code` of every error, so each becomes a real one.
 */
function asGraphQLError(error: GraphQLError, code?: ErrorCode): GraphQLError {
  const extensions = { ...error.extensions };
  if (code && extensions.code === undefined) extensions.code = code;
  const real = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions,
  });
  // graphql-jit gives the locations themselves, not the nodes graphql-js computes them from.
  if (error.locations) (real as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return real;
}

/**
 * A result without data is a request error: the variables did not fit the operation (graphql-js's
 * own such errors are recognised by Apollo from their AST nodes, which graphql-jit's do not carry).
 */
function withRealErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const code = result.data === undefined ? ErrorCode.BAD_USER_INPUT : undefined;
  return { ...result, errors: result.errors.map((e) => asGraphQLError(e, code)) };
}

/**
 * Whether graphql-jit runs the operation exactly as graphql-js would: a query (writes stay on the
 * reference executor) without input-object variables, whose fields' defaults graphql-jit 0.8 does
 * not fill in (it refuses the variable instead). Literal input objects are coerced by graphql-js's
 * own `valueFromAST` in both.
 */
function compilable(schema: GraphQLSchema, document: DocumentNode, operationName: string | null) {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== OperationTypeNode.QUERY) return false;
  return (operation.variableDefinitions ?? []).every((definition) => {
    const type = typeFromAST(schema, definition.type);
    return type !== undefined && !isInputObjectType(getNamedType(type));
  });
}

/**
 * Runs queries as functions compiled once per parsed document (graphql-jit), in place of graphql-js's
 * interpreter, which looks up every field's definition, arguments and type again on each of the
 * hundreds of fields a page of listings resolves. Apollo still parses, validates, caches documents,
 * applies the limits and formats errors; its gateway hook is its one way to replace only the
 * execution step. Other operations run on graphql-js as before.
 *
 * Compiled queries are keyed by the document object from Apollo's document cache, so they live as
 * long as that cache keeps the document (a WeakMap: no second cache to bound).
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult | null>>();

  function compiledFor(document: DocumentNode, operationName: string | null) {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (query === undefined) {
      query = compilable(schema, document, operationName)
        ? compileQuery(schema, document, operationName ?? undefined)
        : null;
      byOperation.set(key, query);
    }
    return query;
  }

  return {
    load() {
      return Promise.resolve({
        executor: async ({ document, request, context }) => {
          // The name the client asked for: Apollo's resolved `operationName` is null when no
          // operation has it, and graphql-js must then refuse the request, not run the only one.
          const operationName = request.operationName ?? null;
          const query = compiledFor(document, operationName);
          if (query === null)
            return execute({
              schema,
              document,
              operationName,
              contextValue: context,
              variableValues: request.variables,
            });
          if (!isCompiledQuery(query)) return withRealErrors(query);
          return withRealErrors(await query.query(undefined, context, request.variables ?? {}));
        },
      });
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    stop() {
      return Promise.resolve();
    },
  };
}
