import { describe, expect, it } from 'vitest';
import { diffSections } from './flexibility.diff.js';

const section = (key: string, lines: string[]) => ({ key, title: key, lines });

describe('the diff between two submissions', () => {
  it('leaves equal sections out and marks whole sections added or removed', () => {
    const before = [
      section('vision', ['Every learner thrives.']),
      section('area:TECHNOLOGY_AND_DATA', ['x']),
    ];
    const after = [section('vision', ['Every learner thrives.']), section('funding', ['$1.00'])];
    expect(diffSections(before, after)).toEqual([
      {
        key: 'funding',
        title: 'funding',
        op: 'ADDED',
        lines: [{ op: 'ADDED', text: '$1.00', previousText: null }],
      },
      {
        key: 'area:TECHNOLOGY_AND_DATA',
        title: 'area:TECHNOLOGY_AND_DATA',
        op: 'REMOVED',
        lines: [{ op: 'REMOVED', text: 'x', previousText: null }],
      },
    ]);
  });

  it('reads a line replaced in place as changed, and keeps unchanged lines out', () => {
    const before = [section('plan', ['Goal: A', 'Objective: one', 'Objective: two'])];
    const after = [
      section('plan', ['Goal: A', 'Objective: one, renamed', 'Objective: two', 'Objective: three']),
    ];
    expect(diffSections(before, after)[0]!.lines).toEqual([
      { op: 'CHANGED', text: 'Objective: one, renamed', previousText: 'Objective: one' },
      { op: 'ADDED', text: 'Objective: three', previousText: null },
    ]);
  });
});
