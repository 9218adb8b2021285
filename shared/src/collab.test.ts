import { describe, expect, it } from 'vitest';
import { COLLAB_SAVED_MESSAGE, docName, parseDocName } from './collab.js';
import { encodeSaved } from './collab-saved.js';

describe('collaborative document names', () => {
  it('round-trip kind and district id', () => {
    expect(docName('vision', 12)).toBe('vision:12');
    expect(parseDocName('vision:12')).toEqual({ kind: 'vision', districtId: 12 });
    expect(parseDocName(docName('opportunities', 9_007_199_254))).toEqual({
      kind: 'opportunities',
      districtId: 9_007_199_254,
    });
  });

  it.each([
    '',
    'vision',
    'vision:',
    'vision:0',
    'vision:012',
    'vision:-1',
    'vision:1.5',
    'plan:1',
    'Vision:1',
    'vision:1 ',
    'vision:1:2',
    'vision:99999999999999999',
  ])('reject %j', (name) => {
    expect(parseDocName(name)).toBeNull();
  });

  it('refuse to build a name from a district id that is not a positive integer', () => {
    expect(() => docName('vision', 0)).toThrow(RangeError);
    expect(() => docName('vision', 1.5)).toThrow(RangeError);
  });
});

describe('saved message', () => {
  it('encodes the counter as a lib0 varuint after the message type', () => {
    expect([...encodeSaved(5)]).toEqual([COLLAB_SAVED_MESSAGE, 5]);
    expect([...encodeSaved(300)]).toEqual([COLLAB_SAVED_MESSAGE, 0xac, 0x02]);
  });
});
