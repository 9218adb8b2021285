// A collaboration server alone in its own process, for tests that kill it:
// `node --import ./scripts/register.mjs src/test-support/collab-server.cli.ts <sqlite|postgresql> <url> [options]`,
// options being `CollabOptions` as JSON. With RELAY_REDIS_URL and RELAY_PREFIX set, it relays
// through Redis like an instance of several.
// Prints `listening <port>` once it accepts connections.
import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { type CollabOptions, createCollabServer } from '../collab/index.js';
import { migrate, openOrm } from '../db/orm.js';
import { queryAuthorize } from './collab.js';

const [dialect, url, options] = process.argv.slice(2);
if ((dialect !== 'sqlite' && dialect !== 'postgresql') || !url) {
  console.error('usage: collab-server.cli.ts <sqlite|postgresql> <database url>');
  process.exit(2);
}
const orm = await openOrm({ dialect, url });
await migrate(orm);
const collab = createCollabServer({
  orm,
  log: pino({ level: 'warn' }),
  authorize: queryAuthorize,
  options: options ? (JSON.parse(options) as Partial<CollabOptions>) : {},
  relay: process.env.RELAY_REDIS_URL
    ? { url: process.env.RELAY_REDIS_URL, prefix: process.env.RELAY_PREFIX ?? 'test:' }
    : null,
});
const server = createServer((_req, res) => res.writeHead(404).end());
server.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head));
server.listen(0, '127.0.0.1', () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`);
});
