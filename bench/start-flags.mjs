import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The node flags `pnpm start` (and the container image) run the server with, read from its script. */
export function startFlags() {
  const packageJson = path.resolve(import.meta.dirname, '../server/package.json');
  const script = JSON.parse(readFileSync(packageJson, 'utf8')).scripts.start;
  const match = /\bnode\s+(.*?)\s*dist\/main\.js/.exec(script);
  if (!match) throw new Error(`cannot read the node flags of the server's start script: ${script}`);
  return match[1].split(' ').filter(Boolean);
}
