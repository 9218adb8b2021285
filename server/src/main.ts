import 'reflect-metadata';
import { startApp } from './app.js';
import { loadConfig } from './config.js';

const app = await startApp(loadConfig());

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
