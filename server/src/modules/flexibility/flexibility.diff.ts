import { DiffOp } from './flexibility.enums.js';
import type { Section } from './flexibility.snapshot.js';

export interface DiffLine {
  op: DiffOp;
  text: string;
  /** For CHANGED lines: the text it replaced. */
  previousText: string | null;
}

export interface SectionDiff {
  key: string;
  title: string;
  /** ADDED or REMOVED for a whole section, CHANGED when some lines differ. */
  op: DiffOp;
  lines: DiffLine[];
}

/** Longest common subsequence line diff; sections are small, so the quadratic table is fine. */
function lineDiff(before: string[], after: string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] =
        before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      // Removals first, so that a line replaced in place pairs up with its replacement below.
      out.push({ op: DiffOp.REMOVED, text: before[i++]!, previousText: null });
    } else {
      out.push({ op: DiffOp.ADDED, text: after[j++]!, previousText: null });
    }
  }
  // A removed line right before an added one reads as one line changed.
  const merged: DiffLine[] = [];
  for (const line of out) {
    const last = merged[merged.length - 1];
    if (last?.op === DiffOp.REMOVED && line.op === DiffOp.ADDED)
      merged[merged.length - 1] = { op: DiffOp.CHANGED, text: line.text, previousText: last.text };
    else merged.push(line);
  }
  return merged;
}

/** What changed from one submission's sections to another's, section by section; equal ones are left out. */
export function diffSections(before: Section[], after: Section[]): SectionDiff[] {
  const old = new Map(before.map((s) => [s.key, s]));
  const result: SectionDiff[] = [];
  for (const section of after) {
    const previous = old.get(section.key);
    old.delete(section.key);
    if (!previous) {
      result.push({
        key: section.key,
        title: section.title,
        op: DiffOp.ADDED,
        lines: section.lines.map((text) => ({ op: DiffOp.ADDED, text, previousText: null })),
      });
      continue;
    }
    const lines = lineDiff(previous.lines, section.lines);
    if (lines.length) result.push({ key: section.key, title: section.title, op: DiffOp.CHANGED, lines });
  }
  for (const section of old.values())
    result.push({
      key: section.key,
      title: section.title,
      op: DiffOp.REMOVED,
      lines: section.lines.map((text) => ({ op: DiffOp.REMOVED, text, previousText: null })),
    });
  return result;
}
