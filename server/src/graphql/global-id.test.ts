import { describe, expect, it } from 'vitest';
import { fromGlobalId, idOfType, toGlobalId } from './global-id.js';

describe('global ids', () => {
  it('round-trips a type and id', () => {
    expect(fromGlobalId(toGlobalId('District', 42))).toEqual({ type: 'District', id: 42 });
    expect(idOfType(toGlobalId('District', 42), 'District')).toBe(42);
  });
  it('returns null for foreign, malformed or wrong-type ids', () => {
    expect(fromGlobalId('not base64 at all!')).toBeNull();
    expect(fromGlobalId(toGlobalId('District', 'x'))).toBeNull();
    expect(fromGlobalId(toGlobalId('District', -1))).toBeNull();
    expect(idOfType(toGlobalId('District', 42), 'PartnerOrganization')).toBeNull();
  });
});
