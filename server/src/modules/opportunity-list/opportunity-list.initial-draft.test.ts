import { readListings } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { publishListings } from '../../test-support/factories.js';
import { opportunitiesDocName } from './opportunity-list.document.js';
import { type ListWorld, startListWorld } from '../../test-support/opportunity-list.js';

describe.each(TEST_DIALECTS)('the first draft of a district with a published list, on %s', (dialect) => {
  let w: ListWorld;
  beforeAll(async () => {
    w = await startListWorld(dialect);
  }, 60_000);
  afterAll(() => w?.close());

  it('starts as the newest version, listing by listing, and is stored once', async () => {
    const em = w.em();
    await publishListings(em, w.otherDistrict, [{ title: 'Old listing' }]);
    const newest = await publishListings(em, w.otherDistrict, [
      { title: 'Clinic shadowing', partner: w.partner, listingId: '7b0c1e9e-8d1c-4f43-9d8f-0d7c4b1f6a11' },
      { title: 'Library service', deadline: null, skills: ['Reading', 'Patience'] },
    ]);
    const name = opportunitiesDocName(w.otherDistrict.id);

    const draft = readListings(await w.t.app.collab.readDocument(name));

    expect(draft.map((l) => [l.title, l.partnerId])).toEqual([
      ['Clinic shadowing', w.partner.id],
      ['Library service', null],
    ]);
    expect(draft[0]!.id).toBe('7b0c1e9e-8d1c-4f43-9d8f-0d7c4b1f6a11');
    expect(draft[1]).toMatchObject({ deadline: null, skills: ['Reading', 'Patience'], city: 'Columbus' });
    expect(draft[1]!.summary).toBe('Summary of Library service');
    expect(newest.number).toBe(2);

    await w.t.app.collab.flush();
    const rows = await em
      .getConnection()
      .execute<{ user_id: number | null }[]>('select user_id from collab_update where doc_name = ?', [name]);
    expect(rows).toEqual([{ user_id: null }]);
    expect(readListings(await w.t.app.collab.readDocument(name))).toHaveLength(2);
  });

  it('stays empty for a district that never published', async () => {
    expect(readListings(await w.t.app.collab.readDocument(opportunitiesDocName(w.district.id)))).toEqual([]);
  });
});
