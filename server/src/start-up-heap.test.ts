import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const serverRoot = path.resolve(import.meta.dirname, '..');
const MB = 1024 * 1024;

// Keeps a million small objects (about 30 MB), the kind of allocation that grows the young
// generation, before and after the release; prints the young generation's size at both points.
const script = `
const v8 = (await import('node:v8')).default;
const young = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
const { releaseYoungGeneration } = await import(new URL('src/start-up-heap.ts', 'file://${serverRoot}/').href);
const kept = [];
const survive = () => { for (let i = 0; i < 1e6; i++) kept.push({ i }); };
survive();
const held = young();
releaseYoungGeneration();
survive();
console.log(JSON.stringify({ held, released: young() }));
`;

/** The young generation's sizes in a process of its own: V8's flags belong to the whole process. */
async function sizes(nodeArgs: string[]): Promise<{ held: number; released: number }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...nodeArgs, '--import', './scripts/register.mjs', '--input-type=module', '-e', script],
    { cwd: serverRoot },
  );
  return JSON.parse(stdout) as { held: number; released: number };
}

describe('the young generation during start-up', () => {
  it('stays at its starting size until released, then grows as V8 decides', async () => {
    const { held, released } = await sizes(['--max-semi-space-size=64']);
    expect(held).toBeLessThanOrEqual(4 * MB);
    expect(released).toBeGreaterThanOrEqual(32 * MB);
  }, 30_000);

  it("leaves the growth alone when the operator sets it in node's flags", async () => {
    const { held } = await sizes(['--max-semi-space-size=64', '--semi-space-growth-factor=2']);
    expect(held).toBeGreaterThanOrEqual(32 * MB);
  }, 30_000);
});
