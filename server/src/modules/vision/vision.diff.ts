export type DiffKind = 'ADDED' | 'REMOVED' | 'UNCHANGED';

export interface DiffBlock {
  kind: DiffKind;
  text: string;
}

// Past this many table cells the middle part is reported as replaced wholesale.
const MAX_CELLS = 4_000_000;

/**
 * Compares two lists of blocks (paragraphs) by a longest common subsequence: blocks only in `before`
 * are REMOVED, blocks only in `after` ADDED, in reading order (removals before additions at one spot).
 */
export function diffBlocks(before: readonly string[], after: readonly string[]): DiffBlock[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const same = (text: string): DiffBlock => ({ kind: 'UNCHANGED', text });
  return [
    ...before.slice(0, start).map(same),
    ...diffMiddle(before.slice(start, endBefore), after.slice(start, endAfter)),
    ...before.slice(endBefore).map(same),
  ];
}

function diffMiddle(a: readonly string[], b: readonly string[]): DiffBlock[] {
  const removed = (text: string): DiffBlock => ({ kind: 'REMOVED', text });
  const added = (text: string): DiffBlock => ({ kind: 'ADDED', text });
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) return [...a.map(removed), ...b.map(added)];
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
  const out: DiffBlock[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ kind: 'UNCHANGED', text: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) out.push(removed(a[i++]!));
    else out.push(added(b[j++]!));
  }
  while (i < a.length) out.push(removed(a[i++]!));
  while (j < b.length) out.push(added(b[j++]!));
  return out;
}
