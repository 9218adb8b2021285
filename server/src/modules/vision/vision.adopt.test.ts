import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { type VisionWorld, startVisionWorld, typeParagraphs } from '../../test-support/vision.js';

const SAVE = `mutation ($input: SaveVisionVersionInput!) {
  saveVisionVersion(input: $input) { version { id } userErrors { code } }
}`;
const ADOPT = `mutation ($input: AdoptVisionVersionInput!) {
  adoptVisionVersion(input: $input) {
    version { id adopted adoptedOn resolution adoptedByName } userErrors { field code message }
  }
}`;
const PUBLIC = `query ($slug: String!) { district(slug: $slug) { vision {
  adopted { html text adoptedAt adoptedOn resolution versionName }
} } }`;
const VERSIONS = `query ($slug: String!) { district(slug: $slug) { vision {
  viewerCanAdopt versions { totalCount nodes { number name adopted adoptedOn resolution } }
} } }`;

describe.each(TEST_DIALECTS)('adopting the vision, on %s', (dialect) => {
  let w: VisionWorld;
  beforeAll(async () => {
    w = await startVisionWorld(dialect);
  });
  afterAll(() => w?.close());

  async function saveVersion(name: string, paragraphs: string[]): Promise<string> {
    const editor = await w.connect('staff');
    typeParagraphs(editor.ydoc, paragraphs);
    await expect
      .poll(
        async () =>
          (
            await w.gql(
              'staff',
              `query ($slug: String!) { district(slug: $slug) { vision { current { text } } } }`,
              {
                slug: w.slug,
              },
            )
          ).data?.district.vision.current.text,
        { timeout: 5000 },
      )
      .toBe(paragraphs.join('\n\n'));
    const saved = await w.gql('staff', SAVE, { input: { districtId: w.district, name } });
    return saved.data!.saveVisionVersion.version.id as string;
  }

  it('shows nothing publicly before an adoption, then the adopted text to everyone; a later adoption replaces it and keeps the record', async () => {
    expect((await w.gql('anonymous', PUBLIC, { slug: w.slug })).data?.district.vision.adopted).toBeNull();
    const first = await saveVersion('Spring draft', ['Every learner <thrives>.', 'Partners open doors.']);

    const adopted = await w.gql('admin', ADOPT, {
      input: { versionId: first, adoptedOn: '2026-03-12', resolution: ' Resolution 2026-07 ' },
    });
    expect(adopted.data?.adoptVisionVersion).toEqual({
      version: {
        id: first,
        adopted: true,
        adoptedOn: '2026-03-12',
        resolution: 'Resolution 2026-07',
        adoptedByName: w.names.admin,
      },
      userErrors: [],
    });
    const read = await w.gql('anonymous', PUBLIC, { slug: w.slug });
    expect(read.errors).toBeUndefined();
    expect(read.data?.district.vision.adopted).toMatchObject({
      html: '<p>Every learner &lt;thrives&gt;.</p><p>Partners open doors.</p>',
      text: 'Every learner <thrives>.\n\nPartners open doors.',
      adoptedOn: '2026-03-12',
      resolution: 'Resolution 2026-07',
      versionName: 'Spring draft',
    });

    // Editing the live text changes nothing public until another version is adopted.
    const second = await saveVersion('June revision', ['Every learner thrives, everywhere.']);
    expect(
      (await w.gql('anonymous', PUBLIC, { slug: w.slug })).data?.district.vision.adopted.versionName,
    ).toBe('Spring draft');
    await w.gql('admin', ADOPT, {
      input: { versionId: second, adoptedOn: '2026-06-20', resolution: 'Res. 2026-19' },
    });
    expect((await w.gql('anonymous', PUBLIC, { slug: w.slug })).data?.district.vision.adopted).toMatchObject({
      text: 'Every learner thrives, everywhere.',
      versionName: 'June revision',
      adoptedOn: '2026-06-20',
    });
    const versions = await w.gql('reviewer', VERSIONS, { slug: w.slug });
    expect(versions.data?.district.vision).toEqual({
      viewerCanAdopt: false,
      versions: {
        totalCount: 2,
        nodes: [
          {
            number: 2,
            name: 'June revision',
            adopted: true,
            adoptedOn: '2026-06-20',
            resolution: 'Res. 2026-19',
          },
          {
            number: 1,
            name: 'Spring draft',
            adopted: false,
            adoptedOn: '2026-03-12',
            resolution: 'Resolution 2026-07',
          },
        ],
      },
    });
  });

  it('takes adoptions from district admins only, with a date that is not in the future and a resolution', async () => {
    const version = await saveVersion('Draft', ['Text.']);
    const input = { versionId: version, adoptedOn: '2026-01-05', resolution: 'R-1' };
    for (const who of ['staff', 'visionPartner', 'reviewer'] as const)
      expect((await w.gql(who, ADOPT, { input })).errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    expect((await w.gql('anonymous', ADOPT, { input })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    const invalid = await w.gql('admin', ADOPT, {
      input: { versionId: version, adoptedOn: '3026-01-05', resolution: ' ' },
    });
    expect(
      invalid.data?.adoptVisionVersion.userErrors.map((e: { field: string[] }) => e.field.join('.')),
    ).toEqual(['input.adoptedOn', 'input.resolution']);
    expect(
      (await w.gql('admin', ADOPT, { input: { ...input, adoptedOn: '2026-02-30' } })).data?.adoptVisionVersion
        .userErrors[0].field,
    ).toEqual(['input', 'adoptedOn']);
    expect((await w.gql('admin', VERSIONS, { slug: w.slug })).data?.district.vision.viewerCanAdopt).toBe(
      true,
    );
  });
});
