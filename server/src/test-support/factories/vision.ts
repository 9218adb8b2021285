import type { EntityManager } from '@mikro-orm/core';
import { visionContent } from '@partnerhub/shared';
import * as Y from 'yjs';
import type { District } from '../../modules/organizations/index.js';
import { VisionVersion, snapshotOf } from '../../modules/vision/index.js';

/** A document whose vision content is one paragraph per string. */
export function visionDocOf(paragraphs: readonly string[]): Y.Doc {
  const doc = new Y.Doc();
  visionContent(doc).insert(
    0,
    paragraphs.map((text) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      return paragraph;
    }),
  );
  return doc;
}

/** A version written straight through the entity (no audit entry), numbered after the newest. */
export async function buildVisionVersion(
  em: EntityManager,
  district: District,
  { paragraphs = ['Every learner thrives.'], name = 'A version' } = {},
): Promise<VisionVersion> {
  const newest = await em.findOne(VisionVersion, { district }, { orderBy: { number: 'desc' } });
  const version = em.create(VisionVersion, {
    district,
    number: (newest?.number ?? 0) + 1,
    name,
    snapshot: snapshotOf(visionDocOf(paragraphs)),
    createdByName: 'Test',
  });
  await em.persist(version).flush();
  return version;
}
