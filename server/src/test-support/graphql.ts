import 'reflect-metadata';
import type { ApolloServer } from '@apollo/server';
import type { ExecutionResult } from 'graphql';
import { pino } from 'pino';
import { createCollabServer, refuseAllCollab } from '../collab/index.js';
import { DEFAULT_GRAPHQL_LIMITS, type DatabaseConfig, loadConfig } from '../config.js';
import { migrate, openOrm, type Orm } from '../db/orm.js';
import { countStatements } from '../db/query-counter.js';
import { createApollo } from '../graphql/apollo.js';
import { createServices } from '../app.js';
import { type AppServices, type Context, createContext } from '../graphql/context.js';
import { ANONYMOUS, type Viewer } from '../modules/access/index.js';
import { initialDraftFromNewestVersion } from '../modules/opportunity-list/index.js';
import { buildAppSchema } from '../schema.js';
import { createTestDatabase } from './databases.js';

export interface RunOptions {
  /** Who asks; anonymous by default. */
  as?: Viewer;
  ip?: string;
  /** Receives the Set-Cookie values the operation produced. */
  cookies?: string[];
}

export interface GraphqlHarness {
  orm: Orm;
  apollo: ApolloServer<Context>;
  /** Mail, throttling and identity settings, with the dev mailbox (no SMTP). */
  services: AppServices;
  /** Runs an operation through Apollo (limits, masking) against the real database. */
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RunOptions,
  ): Promise<ExecutionResult<T>>;
  /** Like `run`, also reporting how many SQL statements the operation sent. */
  runCounted<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ result: ExecutionResult<T>; statements: number }>;
  close(): Promise<void>;
}

export const silentLog = pino({ level: 'silent' });

/**
 * A migrated, empty database of `dialect` and an Apollo server over it; with `collab`, also a
 * collaboration server (without sockets) for mutations that edit live documents, whose draft lists
 * start from the newest published version when `draftFromNewestVersion` is set (as in the app).
 */
export async function createGraphqlHarness(
  dialect: DatabaseConfig['dialect'],
  { collab = false, draftFromNewestVersion = false } = {},
): Promise<GraphqlHarness> {
  const db = await createTestDatabase(dialect);
  const orm = await openOrm(db.config);
  await migrate(orm);
  const apollo = await createApollo(await buildAppSchema(), DEFAULT_GRAPHQL_LIMITS, silentLog);
  const services = createServices(loadConfig({ SEED_DEMO_DATA: 'false' }), silentLog);
  if (collab) {
    const initialize = draftFromNewestVersion ? initialDraftFromNewestVersion(orm) : undefined;
    services.collab = createCollabServer({ orm, log: silentLog, authorize: refuseAllCollab, initialize });
  }
  async function run<T>(query: string, variables?: Record<string, unknown>, options: RunOptions = {}) {
    const contextValue = createContext(orm, silentLog, services, {
      requestId: 'test',
      viewer: options.as ?? ANONYMOUS,
      ip: options.ip ?? '127.0.0.1',
    });
    const response = await apollo.executeOperation<T>({ query, variables }, { contextValue });
    options.cookies?.push(...contextValue.setCookies);
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as ExecutionResult<T>;
  }
  return {
    orm,
    apollo,
    services,
    run,
    runCounted: (query, variables) =>
      countStatements(() => run(query, variables)).then(({ result, statements }) => ({
        result: result as never,
        statements,
      })),
    async close() {
      await apollo.stop();
      await services.collab?.close();
      await orm.close(true);
      await db.drop();
    },
  };
}
