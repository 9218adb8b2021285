import type { EntityManager } from '@mikro-orm/knex';
import { contentOf } from './vision.document.js';
import { findAdoptedVersion } from './vision.read.js';
import { renderVision } from './vision.render.js';

/** The adopted vision as plain text blocks, for records that must not change with the vision. */
export interface AdoptedVisionText {
  number: number;
  name: string;
  adoptedOn: string | null;
  blocks: string[];
}

/** The district's adopted vision version as text; null when none is adopted. */
export async function adoptedVisionText(
  em: EntityManager,
  districtId: number,
): Promise<AdoptedVisionText | null> {
  const version = await findAdoptedVersion(em, districtId);
  if (!version) return null;
  return {
    number: version.number,
    name: version.name,
    adoptedOn: version.adoptedOn ?? null,
    blocks: renderVision(contentOf(version.snapshot)).blocks,
  };
}
