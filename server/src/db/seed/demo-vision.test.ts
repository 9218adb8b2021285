import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VisionVersion } from '../../modules/vision/index.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { DEMO_DISTRICTS } from './demo-organizations.js';
import { seedDemoData } from './seed.js';

describe.each(TEST_DIALECTS)('demo vision on %s', (dialect) => {
  let h: GraphqlHarness;
  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
  });
  afterAll(() => h.close());

  it('gives the first demo district an adopted vision anyone can read, once', async () => {
    await seedDemoData(h.orm.em.fork());
    await seedDemoData(h.orm.em.fork());
    expect(await h.orm.em.fork().count(VisionVersion)).toBe(1);
    const rows = await h.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number | string }[]>(
        "select count(*) as n from collab_update where doc_name like 'vision:%'",
      );
    expect(Number(rows[0]!.n)).toBe(1);

    const result = await h.run<{
      district: {
        vision: { adopted: { versionName: string; resolution: string; html: string; text: string } };
      };
    }>(
      `query ($slug: String!) { district(slug: $slug) { vision { adopted { versionName resolution html text } } } }`,
      { slug: DEMO_DISTRICTS[0]!.slug },
    );
    expect(result.errors).toBeUndefined();
    const adopted = result.data!.district.vision.adopted;
    expect(adopted.versionName).toBe('Portrait of a Graduate 2030');
    expect(adopted.resolution).toBe('Resolution 2026-17');
    expect(adopted.html).toContain('<h2>Every Maple Ridge graduate leaves ready for what comes next</h2>');
    expect(adopted.html).toContain('<ul><li><p>Every high school student');
    expect(adopted.text).toContain('Maple Ridge City Schools');
  });
});
