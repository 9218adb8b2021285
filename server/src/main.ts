import 'reflect-metadata';
import { startApp } from './app.js';
import { loadConfig } from './config.js';
import { InstanceConflictError } from './instances/index.js';

const starting = startApp(loadConfig(), undefined, { registerInstance: true }).catch((err: unknown) => {
  if (!(err instanceof InstanceConflictError)) throw err;
  console.error(err.message);
  process.exit(1);
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
