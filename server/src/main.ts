// Alone and first: a module's static imports all load before any of them runs, so the rest of the
// server is imported below, once start-up-heap.ts holds the young generation's growth.
import { releaseYoungGeneration } from './start-up-heap.js';

await import('reflect-metadata');
const { startApp } = await import('./app.js');
const { loadConfig } = await import('./config.js');
const { startIdleMemoryRelease } = await import('./idle-memory.js');
const { InstanceConflictError } = await import('./instances/index.js');

const config = loadConfig();
const starting = startApp(config, undefined, { registerInstance: true }).catch((err: unknown) => {
  if (!(err instanceof InstanceConflictError)) throw err;
  console.error(err.message);
  process.exit(1);
});
// A process-wide timer, so here rather than in the app: tests run many apps in one process.
void starting.then((app) => {
  releaseYoungGeneration();
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
