import 'reflect-metadata';
import { startApp } from './app.js';
import { loadConfig } from './config.js';
import { startIdleMemoryRelease } from './idle-memory.js';
import { InstanceConflictError } from './instances/index.js';

const config = loadConfig();
const starting = startApp(config, undefined, { registerInstance: true }).catch((err: unknown) => {
  if (!(err instanceof InstanceConflictError)) throw err;
  console.error(err.message);
  process.exit(1);
});
// A process-wide timer, so here rather than in the app: tests run many apps in one process.
void starting.then((app) => {
  if (!globalThis.gc) app.log.info('idle memory release is off: node was started without --expose-gc');
  startIdleMemoryRelease({ intervalMs: config.idleMemoryCheckMs ?? 0 });
});

// Listening before the app is up: a signal during the start stops it once started, so its instance
// row is deleted. Ctrl-C reaches the server twice under `pnpm start` (from the terminal, and
// forwarded by pnpm): the listener stays, so a repeated signal cannot kill it mid-shutdown.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void starting.then((app) => {
      app.log.info({ signal }, 'shutting down');
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  });
}
