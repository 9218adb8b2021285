import { describe, expect, it } from 'vitest';
import { diffBlocks } from './vision.diff.js';

const kinds = (before: string[], after: string[]) =>
  diffBlocks(before, after).map((b) => `${b.kind[0]} ${b.text}`);

describe('diffBlocks', () => {
  it('marks blocks only in the version REMOVED and blocks only in the current text ADDED, in reading order', () => {
    expect(kinds(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])).toEqual([
      'U a',
      'R b',
      'A x',
      'U c',
      'U d',
      'A e',
    ]);
  });

  it('keeps a moved paragraph as one removal and one addition and everything else unchanged', () => {
    expect(kinds(['a', 'b', 'c'], ['b', 'c', 'a'])).toEqual(['R a', 'U b', 'U c', 'A a']);
  });

  it('handles empty sides and identical texts', () => {
    expect(kinds([], ['a'])).toEqual(['A a']);
    expect(kinds(['a'], [])).toEqual(['R a']);
    expect(kinds(['a', 'b'], ['a', 'b'])).toEqual(['U a', 'U b']);
    expect(kinds([], [])).toEqual([]);
  });

  it('finds the longest common run among repeated paragraphs', () => {
    expect(kinds(['x', 'a', 'x', 'b'], ['a', 'x', 'b', 'x'])).toEqual(['R x', 'U a', 'U x', 'U b', 'A x']);
  });

  it('falls back to removed-then-added for texts too long to compare cell by cell', () => {
    const before = Array.from({ length: 2500 }, (_, i) => `old ${i}`);
    const after = Array.from({ length: 2500 }, (_, i) => `new ${i}`);
    const diff = diffBlocks(['same', ...before, 'end'], ['same', ...after, 'end']);
    expect(diff).toHaveLength(5002);
    expect(diff[0]).toEqual({ kind: 'UNCHANGED', text: 'same' });
    expect(diff[1]).toEqual({ kind: 'REMOVED', text: 'old 0' });
    expect(diff[2501]).toEqual({ kind: 'ADDED', text: 'new 0' });
    expect(diff.at(-1)).toEqual({ kind: 'UNCHANGED', text: 'end' });
  });
});
