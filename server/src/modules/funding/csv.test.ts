import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('quotes what needs quoting and keeps formula-like text as text', () => {
    expect(
      toCsv(
        ['a', 'b', 'c'],
        [
          ['Title I, Part A', 'say "hi"', 12.5],
          ['=SUM(A1)', null, '-1'],
          ['two\nlines', '@x', 0],
        ],
      ),
    ).toBe('a,b,c\r\n"Title I, Part A","say ""hi""",12.5\r\n\'=SUM(A1),,\'-1\r\n"two\nlines",\'@x,0\r\n');
  });
});
