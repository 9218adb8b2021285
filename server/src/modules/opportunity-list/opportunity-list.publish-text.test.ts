import { createListingMap, findListing, listingsOf, setField } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import {
  PUBLISH,
  type ListWorld,
  startListWorld,
  validListing,
} from '../../test-support/opportunity-list.js';

const PREVIEW = `query ($slug: String!) { district(slug: $slug) { opportunityDraft { publishPreview {
  publishable problems { listingId field message } } } } }`;

type Problem = { listingId: string; field: string; message: string };

describe.each(TEST_DIALECTS)('a draft listing holding text that cannot be stored, on %s', (dialect) => {
  let w: ListWorld;
  let editor: { ydoc: Y.Doc };
  beforeAll(async () => {
    w = await startListWorld(dialect);
  }, 60_000);
  afterAll(() => w?.close());

  const preview = async () => {
    const result = await w.gql('staff', PREVIEW, { slug: w.district.slug });
    expect(result.errors).toBeUndefined();
    return result.data!.district.opportunityDraft.publishPreview as {
      publishable: boolean;
      problems: Problem[];
    };
  };
  const publish = async () => {
    const result = await w.gql('admin', PUBLISH, {
      input: { districtId: w.ids.district, summary: 'Spring' },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.publishOpportunityList as {
      version: { number: number; opportunityCount: number } | null;
      problems: Problem[];
    };
  };

  it('is flagged by the preview and refused by publish on the same fields, and publishes once fixed', async () => {
    editor = await w.connect('staff');
    editor.ydoc.transact(() =>
      listingsOf(editor.ydoc).push([
        createListingMap({ ...validListing(), type: 'JOB_SHADOWING', title: 'Fine one' }),
        createListingMap({
          ...validListing(),
          type: 'MENTORSHIP',
          title: 'Nurse\u0000shadowing',
          // Yjs carries text as UTF-8, so a lone surrogate arrives as U+FFFD; a non-character arrives as is.
          description: 'Not a character \uFFFF here',
        }),
      ]),
    );
    const broken = listingsOf(editor.ydoc).get(1).get('id') as string;
    const expected = [
      { listingId: broken, field: 'title', message: expect.stringContaining('U+0000') as string },
      { listingId: broken, field: 'description', message: expect.stringContaining('U+FFFF') as string },
    ];
    await expect.poll(async () => (await preview()).problems, { timeout: 5000 }).toEqual(expected);
    expect((await preview()).publishable).toBe(false);
    const refused = await publish();
    expect(refused.version).toBeNull();
    expect(refused.problems).toMatchObject(expected);

    editor.ydoc.transact(() => {
      const { map } = findListing(editor.ydoc, broken)!;
      setField(map, 'title', 'Nurse shadowing');
      setField(map, 'description', 'A character here');
    });
    await expect.poll(async () => (await preview()).publishable, { timeout: 5000 }).toBe(true);
    expect((await publish()).version).toMatchObject({ number: 1, opportunityCount: 2 });
  });
});
