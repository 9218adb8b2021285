import { describe, expect, it } from 'vitest';
import { fromGlobalId, idOfType, toGlobalId } from './global-id.js';

describe('global ids', () => {
  it('round-trips a type and id', () => {
    expect(fromGlobalId(toGlobalId('District', 42))).toEqual({ type: 'District', id: 42 });
    expect(idOfType(toGlobalId('District', 42), 'District')).toBe(42);
  });
  it('is the base64url of "type:id", for every length of type and id, ASCII or not', () => {
    const types = ['D', 'Di', 'Dis', 'District', 'Opportunity', 'PartnerOrganization', 'Ärzte', 'Typ€'];
    const ids: (number | string)[] = [0, 7, 42, 123, 4567, 98765, 2 ** 53 - 1, 'x', 'ab', 'é', 'token-😀'];
    for (const type of types)
      for (const id of ids)
        for (let round = 0; round < 2; round++)
          // the second time from the per-type cache
          expect(toGlobalId(type, id)).toBe(Buffer.from(`${type}:${id}`, 'utf8').toString('base64url'));
  });
  it('returns null for foreign, malformed or wrong-type ids', () => {
    expect(fromGlobalId('not base64 at all!')).toBeNull();
    expect(fromGlobalId(toGlobalId('District', 'x'))).toBeNull();
    expect(fromGlobalId(toGlobalId('District', -1))).toBeNull();
    expect(idOfType(toGlobalId('District', 42), 'PartnerOrganization')).toBeNull();
  });
});
