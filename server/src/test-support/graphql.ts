import 'reflect-metadata';
import type { ApolloServer } from '@apollo/server';
import type { ExecutionResult } from 'graphql';
import { pino } from 'pino';
import { DEFAULT_GRAPHQL_LIMITS, type DatabaseConfig } from '../config.js';
import { migrate, openOrm, type Orm } from '../db/orm.js';
import { countStatements } from '../db/query-counter.js';
import { createApollo } from '../graphql/apollo.js';
import { type Context, createContext } from '../graphql/context.js';
import { buildAppSchema } from '../graphql/schema.js';
import { createTestDatabase } from './databases.js';

export interface GraphqlHarness {
  orm: Orm;
  apollo: ApolloServer<Context>;
  /** Runs an operation through Apollo (limits, masking) against the real database. */
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<ExecutionResult<T>>;
  /** Like `run`, also reporting how many SQL statements the operation sent. */
  runCounted<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ result: ExecutionResult<T>; statements: number }>;
  close(): Promise<void>;
}

export const silentLog = pino({ level: 'silent' });

/** A migrated, empty database of `dialect` and an Apollo server over it. */
export async function createGraphqlHarness(dialect: DatabaseConfig['dialect']): Promise<GraphqlHarness> {
  const db = await createTestDatabase(dialect);
  const orm = await openOrm(db.config);
  await migrate(orm);
  const apollo = await createApollo(await buildAppSchema(), DEFAULT_GRAPHQL_LIMITS, silentLog);
  async function run<T>(query: string, variables?: Record<string, unknown>) {
    const response = await apollo.executeOperation<T>(
      { query, variables },
      { contextValue: createContext(orm, silentLog, 'test') },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as ExecutionResult<T>;
  }
  return {
    orm,
    apollo,
    run,
    runCounted: (query, variables) =>
      countStatements(() => run(query, variables)).then(({ result, statements }) => ({
        result: result as never,
        statements,
      })),
    async close() {
      await apollo.stop();
      await orm.close(true);
      await db.drop();
    },
  };
}
