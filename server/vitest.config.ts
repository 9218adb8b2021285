import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

const dialects = process.env.TEST_POSTGRES_URL ? ['sqlite', 'postgresql'] : ['sqlite'];

/** Test files that run on every dialect (they iterate TEST_DIALECTS); the rest need SQLite at most. */
const src = path.join(import.meta.dirname, 'src');
const databaseTestFiles = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts') && readFileSync(path.join(src, f), 'utf8').includes('TEST_DIALECTS'))
  .map((f) => `src/${f}`);

export default defineConfig({
  // SWC keeps decorator metadata, which type-graphql and MikroORM read; esbuild would drop it.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    // Node loads graphql's CommonJS entry for type-graphql and Apollo; our sources must share that instance.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['reflect-metadata'],
    globalSetup: ['src/test-support/database-template.setup.ts'],
    // Much of a database test is waiting on the database or a timer: two files at a time keep two
    // cores busy. TEST_WORKERS=1 runs one file at a time.
    maxWorkers: Number(process.env.TEST_WORKERS ?? 2),
    // One project per dialect, so a file's SQLite and PostgreSQL runs can proceed side by side.
    projects: dialects.map((dialect) => ({
      extends: true,
      test: {
        name: dialect,
        env: { TEST_DIALECT: dialect },
        include: dialect === 'sqlite' ? ['src/**/*.test.ts'] : databaseTestFiles,
      },
    })),
  },
});
