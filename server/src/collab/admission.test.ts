import { describe, expect, it } from 'vitest';
import { Admission, MemoryConnectionCounter, SetupPacer } from './admission.js';

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('Admission', () => {
  it('holds a place per IP and per document until released, once', () => {
    const admission = new Admission(new MemoryConnectionCounter(2), new MemoryConnectionCounter(1));
    const first = admission.admit('10.0.0.1', 'vision:1');
    expect(first).not.toHaveProperty('refused');
    expect(admission.admit('10.0.0.1', 'vision:1')).toEqual({ refused: 'connections-per-document' });
    const second = admission.admit('10.0.0.1', 'vision:2');
    expect(admission.admit('10.0.0.1', 'vision:3')).toEqual({ refused: 'connections-per-ip' });
    // A refusal by the document cap gave the IP's place back: another address is not affected.
    expect(admission.admit('10.0.0.2', 'vision:3')).not.toHaveProperty('refused');
    if ('release' in first) {
      first.release();
      first.release();
    }
    expect(admission.admit('10.0.0.1', 'vision:1')).not.toHaveProperty('refused');
    expect(admission.admit('10.0.0.1', 'vision:4')).toEqual({ refused: 'connections-per-ip' });
    expect(second).not.toHaveProperty('refused');
  });
});

describe('SetupPacer', () => {
  it('runs at most `concurrency` setups at once, in later turns, and refuses past the queue', async () => {
    const pacer = new SetupPacer(2, 3);
    const started: number[] = [];
    const finish: (() => void)[] = [];
    const setup = (i: number) => () =>
      new Promise<void>((resolve) => {
        started.push(i);
        finish.push(resolve);
      });
    expect([0, 1, 2].map((i) => pacer.schedule(setup(i)))).toEqual([true, true, true]);
    expect(pacer.schedule(setup(3))).toBe(false);
    expect(started).toEqual([]);
    await turn();
    await turn();
    expect(started).toEqual([0, 1]);
    expect(pacer.schedule(setup(4))).toBe(true);
    finish[0]!();
    await turn();
    await turn();
    expect(started).toEqual([0, 1, 2]);
    expect(pacer.queued).toBe(1);
  });
});
