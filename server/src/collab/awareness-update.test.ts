import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { awarenessChanges } from './awareness-update.js';

/** An awareness update of raw entries: `state` is the JSON text as a client would write it. */
function updateOf(entries: { id: number; clock: number; state: string }[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { id, clock, state } of entries) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}

function serverAwareness(): Awareness {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState(null);
  return awareness;
}

/** What an awareness shows: each client's clock and state. */
function shown(awareness: Awareness): [number, number, unknown][] {
  return [...awareness.meta]
    .filter(([id]) => id !== awareness.clientID)
    .map(([id, { clock }]): [number, number, unknown] => [id, clock, awareness.getStates().get(id) ?? null])
    .sort((a, b) => a[0] - b[0]);
}

const state = (name: string) => JSON.stringify({ user: { name } });

describe('awarenessChanges', () => {
  it('skips states a query answer repeats, without reading them', () => {
    const awareness = serverAwareness();
    applyAwarenessUpdate(awareness, updateOf([{ id: 7, clock: 3, state: state('Ada') }]), null);
    // An older or repeated clock changes nothing, whatever it carries.
    const repeated = updateOf([
      { id: 7, clock: 3, state: state('Ada') },
      { id: 7, clock: 2, state: '{"broken":' },
      { id: 9, clock: 0, state: state('never shown') },
    ]);
    expect(awarenessChanges(awareness, repeated)).toBeNull();
  });

  it('keeps the update as it is when every entry changes something', () => {
    const awareness = serverAwareness();
    const update = updateOf([
      { id: 1, clock: 1, state: state('Ada') },
      { id: 2, clock: 4, state: state('Grace') },
    ]);
    expect(awarenessChanges(awareness, update)).toBe(update);
  });

  it('keeps only the entries that change something, and a departure at the same clock', () => {
    const awareness = serverAwareness();
    applyAwarenessUpdate(
      awareness,
      updateOf([
        { id: 1, clock: 2, state: state('Ada') },
        { id: 2, clock: 5, state: state('Grace') },
      ]),
      null,
    );
    const changes = awarenessChanges(
      awareness,
      updateOf([
        { id: 1, clock: 2, state: state('Ada') },
        { id: 2, clock: 5, state: ' null\n' },
        { id: 3, clock: 1, state: state('Edsger') },
      ]),
    );
    expect(changes).toEqual(
      updateOf([
        { id: 2, clock: 5, state: ' null\n' },
        { id: 3, clock: 1, state: state('Edsger') },
      ]),
    );
    applyAwarenessUpdate(awareness, changes!, null);
    expect(shown(awareness)).toEqual([
      [1, 2, { user: { name: 'Ada' } }],
      [2, 5, null],
      [3, 1, { user: { name: 'Edsger' } }],
    ]);
  });

  it('throws, before anything is applied, on a truncated update or a state that is not JSON', () => {
    const awareness = serverAwareness();
    const whole = updateOf([
      { id: 1, clock: 1, state: state('Ada') },
      { id: 2, clock: 1, state: state('Grace') },
    ]);
    expect(() => awarenessChanges(awareness, whole.subarray(0, whole.length - 3))).toThrow();
    expect(() =>
      awarenessChanges(
        awareness,
        updateOf([
          { id: 1, clock: 1, state: state('Ada') },
          { id: 2, clock: 1, state: '{"user":' },
        ]),
      ),
    ).toThrow(SyntaxError);
    expect(shown(awareness)).toEqual([]);
  });

  it('leaves an awareness as applyAwarenessUpdate does, over random updates', () => {
    let seed = 42;
    // A small deterministic generator (mulberry32), so a failure can be replayed.
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
    const pick = (n: number) => Math.floor(random() * n);
    const whole = serverAwareness();
    const filtered = serverAwareness();
    const events = { whole: [] as unknown[], filtered: [] as unknown[] };
    whole.on('update', (change: unknown) => events.whole.push(change));
    filtered.on('update', (change: unknown) => events.filtered.push(change));
    for (let round = 0; round < 500; round++) {
      const entries = Array.from({ length: 1 + pick(6) }, () => {
        const id = 1 + pick(8);
        const clock = Math.max(0, (whole.meta.get(id)?.clock ?? 0) + pick(4) - 1);
        const states = ['null', ' null ', state(`person ${pick(3)}`)];
        return { id, clock, state: states[pick(states.length)]! };
      });
      const update = updateOf(entries);
      applyAwarenessUpdate(whole, update, null);
      const changes = awarenessChanges(filtered, update);
      if (changes) applyAwarenessUpdate(filtered, changes, null);
      expect(shown(filtered)).toEqual(shown(whole));
    }
    expect(events.filtered).toEqual(events.whole);
    expect(events.whole.length).toBeGreaterThan(100);
  });
});
