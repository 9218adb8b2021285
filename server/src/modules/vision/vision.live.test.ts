import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { type VisionWorld, blocksOf, startVisionWorld, typeParagraphs } from '../../test-support/vision.js';

const SAVE = `mutation ($input: SaveVisionVersionInput!) {
  saveVisionVersion(input: $input) { version { id number name createdByName adopted } userErrors { field code message } }
}`;
const RESTORE = `mutation ($input: RestoreVisionVersionInput!) {
  restoreVisionVersion(input: $input) { version { id number } userErrors { code message } }
}`;
const VISION = `query ($slug: String!, $v: ID!) { district(slug: $slug) { vision {
  current { html text } diff(versionId: $v) { kind text } viewerCanView viewerCanEdit viewerCanAdopt
} } }`;
const POLL = { timeout: 5000, interval: 50 } as const;

describe.each(TEST_DIALECTS)('vision versions over the live document, on %s', (dialect) => {
  let w: VisionWorld;
  beforeAll(async () => {
    w = await startVisionWorld(dialect);
  });
  afterAll(() => w?.close());

  async function auditActions(): Promise<string[]> {
    const rows = await w.t.app.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string }[]>('select action from audit_entry where district_id = ? order by id', [
        w.districtId,
      ]);
    return rows.map((r: { action: string }) => r.action);
  }

  it('saves what editors typed, compares it with later text, and restores it as a new edit that open editors see at once', async () => {
    const staff = await w.connect('staff');
    const partner = await w.connect('visionPartner');
    typeParagraphs(staff.ydoc, ['Every learner thrives.', 'Partners open their doors.']);
    await expect
      .poll(() => blocksOf(partner.ydoc), POLL)
      .toEqual(['Every learner thrives.', 'Partners open their doors.']);

    const saved = await w.gql('visionPartner', SAVE, {
      input: { districtId: w.district, name: ' Retreat draft ' },
    });
    expect(saved.errors).toBeUndefined();
    const version = saved.data!.saveVisionVersion.version;
    expect(version).toMatchObject({ number: 1, name: 'Retreat draft', createdByName: w.names.visionPartner });
    expect(version.adopted).toBe(false);

    typeParagraphs(staff.ydoc, ['Every learner thrives.', 'Families shape the plan.']);
    await expect
      .poll(async () => (await w.gql('staff', VISION, { slug: w.slug, v: version.id })).data?.district.vision)
      .toMatchObject({
        current: { text: 'Every learner thrives.\n\nFamilies shape the plan.' },
        diff: [
          { kind: 'UNCHANGED', text: 'Every learner thrives.' },
          { kind: 'REMOVED', text: 'Partners open their doors.' },
          { kind: 'ADDED', text: 'Families shape the plan.' },
        ],
        viewerCanView: true,
        viewerCanEdit: true,
        viewerCanAdopt: false,
      });

    const clientBefore = staff.ydoc.clientID;
    const stateBefore = Y.encodeStateVector(staff.ydoc);
    const restored = await w.gql('staff', RESTORE, { input: { versionId: version.id } });
    expect(restored.data?.restoreVisionVersion).toEqual({
      version: { id: version.id, number: 1 },
      userErrors: [],
    });
    // Both open editors got the server's edit over their connection.
    for (const client of [staff, partner])
      await expect
        .poll(() => blocksOf(client.ydoc), POLL)
        .toEqual(['Every learner thrives.', 'Partners open their doors.']);
    // A new edit on top of the history: the editor's own earlier changes are still part of its state.
    expect(staff.ydoc.clientID).toBe(clientBefore);
    const stateAfter = Y.decodeStateVector(Y.encodeStateVector(staff.ydoc));
    for (const [client, clock] of Y.decodeStateVector(stateBefore))
      expect(stateAfter.get(client)).toBeGreaterThanOrEqual(clock);
    expect(staff.provider.wsconnected).toBe(true);

    // Editing goes on after a restore, and the stored document holds the result.
    const paragraph = staff.ydoc.getXmlFragment('default').get(1) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(0, 'All ');
    await expect.poll(() => blocksOf(partner.ydoc), POLL).toContain('All Partners open their doors.');
    await w.t.app.collab.flush();
    const stored = await w.gql('reviewer', VISION, { slug: w.slug, v: version.id });
    expect(stored.data?.district.vision.current.text).toBe(
      'Every learner thrives.\n\nAll Partners open their doors.',
    );
    expect(stored.data?.district.vision).toMatchObject({ viewerCanView: true, viewerCanEdit: false });

    expect(await auditActions()).toEqual(['vision.saveVersion', 'vision.restoreVersion']);
  });

  it('refuses blank names and gives concurrent saves distinct numbers', async () => {
    const blank = await w.gql('staff', SAVE, { input: { districtId: w.district, name: '   ' } });
    expect(blank.data?.saveVisionVersion).toMatchObject({
      version: null,
      userErrors: [{ field: ['input', 'name'], code: 'INVALID' }],
    });
    const results = await Promise.all(
      ['A', 'B', 'C', 'D'].map((name) => w.gql('staff', SAVE, { input: { districtId: w.district, name } })),
    );
    const numbers = results.map((r) => r.data!.saveVisionVersion.version.number as number);
    expect(new Set(numbers).size).toBe(4);
  });

  it('lets viewers follow but not save or restore, and tells strangers nothing', async () => {
    const forbidden = await w.gql('reviewer', SAVE, { input: { districtId: w.district, name: 'Mine' } });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listing = await w.gql(
      'listingPartner',
      `query ($slug: String!) { district(slug: $slug) { vision {
      viewerCanView viewerCanEdit versions(first: 1) { totalCount } } } }`,
      { slug: w.slug },
    );
    expect(listing.data?.district.vision).toMatchObject({ viewerCanView: true, viewerCanEdit: false });
    const anonymous = await w.gql(
      'anonymous',
      `query ($slug: String!) { district(slug: $slug) { vision {
      viewerCanView current { text } } } }`,
      { slug: w.slug },
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data?.district?.vision ?? null).toBeNull();
  });
});
