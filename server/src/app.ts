import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import type { AppConfig } from './config.js';
import { migrate, openOrm, type Orm } from './db/orm.js';
import { seedIfEmpty } from './db/seed/seed.js';
import { createApollo } from './graphql/apollo.js';
import { buildAppSchema } from './graphql/schema.js';
import { createHttpServer } from './http/server.js';

export interface RunningApp {
  server: Server;
  orm: Orm;
  url: string;
  log: Logger;
  close(): Promise<void>;
}

/** Migrates the database, seeds demo data into an empty one when configured, and starts listening. */
export async function startApp(
  config: AppConfig,
  log: Logger = pino({ level: config.logLevel }),
): Promise<RunningApp> {
  const orm = await openOrm(config.database);
  const applied = await migrate(orm);
  if (applied.length) log.info({ applied }, 'migrations applied');
  if (config.seedDemoData) {
    const seeded = await seedIfEmpty(orm.em.fork());
    if (seeded) log.info('demo data seeded into the empty database');
  }
  const schema = await buildAppSchema();
  const apollo = await createApollo(schema, config.graphql, log);
  const server = createHttpServer({
    apollo,
    orm,
    log,
    clientDist: config.clientDist,
    production: config.production,
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  log.info({ url, database: config.database.dialect }, 'PartnerHub is listening');
  return {
    server,
    orm,
    url,
    log,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await orm.close(true);
    },
  };
}
