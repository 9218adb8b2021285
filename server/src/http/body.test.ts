import { describe, expect, it } from 'vitest';
import { jsonNestsDeeperThan } from './body.js';

describe('JSON nesting, read from the text', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    const nested = (n: number) => `{"a":${'['.repeat(n - 1)}${']'.repeat(n - 1)}}`;
    expect(jsonNestsDeeperThan(nested(64), 64)).toBe(false);
    expect(jsonNestsDeeperThan(nested(65), 64)).toBe(true);
    expect(jsonNestsDeeperThan(JSON.stringify({ q: '[[[[{{{{', e: 'say \\"[[[[\\"' }), 2)).toBe(false);
    expect(jsonNestsDeeperThan(JSON.stringify([{ a: [1] }, { b: [2] }]), 3)).toBe(false);
    expect(jsonNestsDeeperThan(JSON.stringify([{ a: [[1]] }]), 3)).toBe(true);
  });
});
