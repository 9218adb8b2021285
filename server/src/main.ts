import 'reflect-metadata';
import { startApp } from './app.js';
import { loadConfig } from './config.js';
import { InstanceConflictError } from './instances/index.js';

const app = await startApp(loadConfig(), undefined, { registerInstance: true }).catch((err: unknown) => {
  if (!(err instanceof InstanceConflictError)) throw err;
  console.error(err.message);
  process.exit(1);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
