// Fails the build when test code reached dist: a test file, a test helper, or anything that
// imports test-support or vitest. Test helpers live under src/test-support, which the build leaves out.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const dist = path.resolve(import.meta.dirname, '../dist');
const TEST_NAME = /(^|[/\\])test-support[/\\]|\.(test|authz|factories|testing)\.(js|d\.ts)$/;
const TEST_IMPORT =
  /from\s+['"]([^'"]*\/test-support\/[^'"]*|vitest(\/[^'"]*)?)['"]|import\(\s*['"]vitest['"]\s*\)/;

const found = [];
for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  if (!/\.(js|d\.ts)$/.test(file)) continue;
  if (TEST_NAME.test(file)) found.push(`${file}: a test file`);
  else if (TEST_IMPORT.test(readFileSync(path.join(dist, file), 'utf8')))
    found.push(`${file}: imports test code`);
}
if (found.length) {
  console.error(`server/dist holds test code:\n  ${found.join('\n  ')}`);
  process.exit(1);
}
console.log('server/dist holds no test code');
