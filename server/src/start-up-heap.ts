import v8 from 'node:v8';

// Read by V8 each time it grows the young generation, so it can change while the process runs.
// 1 keeps the size; V8's default (`node --v8-options`) doubles it. 0 would crash V8: never set.
const GROWTH_FLAG = '--semi-space-growth-factor';
const HELD = 1;
const V8_DEFAULT = 2;

/**
 * Start-up (loading modules, the ORM's metadata, the schema) allocates fast and keeps most of it.
 * V8 reads that as a busy process and doubles the young generation to 128 MB
 * (`--max-semi-space-size=64`) before the first request, and gives it back only after a quiet spell
 * (idle-memory.ts). Relaying collaboration messages, it was then scavenged every 2 s in pauses of
 * 4-6 ms (up to 29), each delaying every receipt of the message in flight; grown by the relaying
 * alone, it is scavenged several times a second in pauses of 0.65 ms (median). So start-up runs
 * with growth held, and once the server listens, its load decides the size: search traffic still
 * grows it to 128 MB within seconds.
 *
 * Holds on import, so that it is imported before anything else. Leaves an operator's own setting
 * of the flag alone.
 */
const held = !setByOperator();
if (held) v8.setFlagsFromString(`${GROWTH_FLAG}=${HELD}`);

/** Lets the young generation grow again; call once start-up is over. */
export function releaseYoungGeneration(): void {
  if (held) v8.setFlagsFromString(`${GROWTH_FLAG}=${V8_DEFAULT}`);
}

// Only node's own flags can carry it: node refuses it in NODE_OPTIONS.
function setByOperator(): boolean {
  // V8 takes a flag's dashes and underscores alike.
  const flag = /^--semi[-_]space[-_]growth[-_]factor\b/;
  return process.execArgv.some((arg) => flag.test(arg));
}
