import type { EntityManager } from '@mikro-orm/core';
import { docName, visionContent } from '@partnerhub/shared';
import * as Y from 'yjs';
import type { District } from '../../modules/organizations/index.js';
import { VisionVersion, snapshotOf } from '../../modules/vision/index.js';

type Block =
  { type: 'heading'; text: string } | { type: 'paragraph'; text: string } | { type: 'list'; items: string[] };

/** Maple Ridge's vision as its board adopted it, so the public vision page shows what the feature is for. */
const MAPLE_RIDGE_VISION: Block[] = [
  { type: 'heading', text: 'Every Maple Ridge graduate leaves ready for what comes next' },
  {
    type: 'paragraph',
    text:
      'By 2030 every student in Maple Ridge City Schools learns through real work with the people and ' +
      'employers of our city, earns credit for what they learn wherever they learn it, and graduates with ' +
      'a plan for college, an apprenticeship or a career that they chose.',
  },
  { type: 'heading', text: 'What we commit to' },
  {
    type: 'list',
    items: [
      'Every high school student completes at least one internship, apprenticeship or mentored project with a community partner before graduating.',
      'Learning outside the classroom counts: extended learning earns credit toward graduation when it meets our competencies.',
      'Families can find every opportunity in one place, in plain language, with the costs and transport stated.',
      'Partners are vetted once, supported throughout, and told what their students achieved.',
    ],
  },
  { type: 'heading', text: 'How we will know' },
  {
    type: 'paragraph',
    text:
      'We publish each year how many students took part in work-based learning, by school and by student ' +
      'group, and how many earned credit for it, and we ask students and partners whether it was worth their time.',
  },
];

function text(value: string): Y.XmlText {
  const node = new Y.XmlText();
  node.insert(0, value);
  return node;
}

function element(type: string, children: (Y.XmlElement | Y.XmlText)[], attrs: Record<string, number> = {}) {
  const node = new Y.XmlElement(type);
  // y-prosemirror keeps attribute values as they are in ProseMirror: a heading's level is a number.
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value as unknown as string);
  node.insert(0, children);
  return node;
}

function blockOf(block: Block): Y.XmlElement {
  if (block.type === 'heading') return element('heading', [text(block.text)], { level: 2 });
  if (block.type === 'paragraph') return element('paragraph', [text(block.text)]);
  return element(
    'bulletList',
    block.items.map((item) => element('listItem', [element('paragraph', [text(item)])])),
  );
}

/**
 * Writes the district's vision the way the editor stores it (one update in the collaboration log of
 * its document), saves it as version 1 and records the board's adoption. Skipped when the district
 * already has a vision version or any text in its document.
 */
export async function seedDemoVision(em: EntityManager, district: District, now: Date): Promise<void> {
  if ((await em.count(VisionVersion, { district })) > 0) return;
  const name = docName('vision', district.id);
  // Raw SQL inside the seed's transaction: the collaboration log has no entity.
  const db = em.getConnection();
  const existing = await db.execute<{ n: number | string }[]>(
    'select count(*) as n from collab_update where doc_name = ?',
    [name],
    'all',
    em.getTransactionContext(),
  );
  if (Number(existing[0]?.n ?? 0) > 0) return;

  const doc = new Y.Doc();
  visionContent(doc).insert(0, MAPLE_RIDGE_VISION.map(blockOf));
  const update = Y.encodeStateAsUpdate(doc);
  await db.execute(
    'insert into collab_update (doc_name, data, user_id, encoding) values (?, ?, ?, ?)',
    [name, Buffer.from(update.buffer, update.byteOffset, update.byteLength), null, 1],
    'run',
    em.getTransactionContext(),
  );
  const adoptedOn = new Date(now.getTime() - 60 * 86_400_000).toISOString().slice(0, 10);
  em.create(VisionVersion, {
    district,
    number: 1,
    name: 'Portrait of a Graduate 2030',
    snapshot: snapshotOf(doc),
    createdByUserId: null,
    createdByName: 'Demo data',
    createdAt: new Date(now.getTime() - 75 * 86_400_000),
    adoptedAt: new Date(now.getTime() - 60 * 86_400_000),
    adoptedOn,
    resolution: 'Resolution 2026-17',
    adoptedByName: 'Demo data',
  });
  await em.flush();
}
