import type { EntityManager } from '@mikro-orm/knex';
import { Role, type ListingDraft } from '@partnerhub/shared';
import { type Viewer, can, partnershipSubject } from '../access/index.js';
import { NotificationKind, notify } from '../notifications/index.js';
import type { District } from '../organizations/index.js';
import { PartnerOrganization } from '../organizations/index.js';
import { Partnership, districtDocumentSubject } from '../partnerships/index.js';

interface Published {
  district: District;
  number: number;
  drafts: readonly ListingDraft[];
  heldBack: readonly { listingId: string; title: string | null; reason: string }[];
  actor: Viewer;
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * After a publish committed: each partner with listings in the list hears which were published and
 * which were held back and why; the district's admins and staff hear that the list was published.
 * Only people who may read the draft list, or the partner's partnership with the district, are told.
 */
export async function notifyPublished(
  em: EntityManager,
  { district, number, drafts, heldBack, actor }: Published,
) {
  const documentSubject = await districtDocumentSubject(em, district.id);
  const readsList = (viewer: Viewer) => can(viewer, 'opportunities:view', documentSubject);
  const held = new Map(heldBack.map((h) => [h.listingId, h]));
  const partnerIds = [...new Set(drafts.flatMap((d) => (d.partnerId === null ? [] : [d.partnerId])))];
  const partners = await em.find(PartnerOrganization, { id: { $in: partnerIds } });
  for (const partner of partners) {
    const own = drafts.filter((d) => d.partnerId === partner.id);
    const partnership = await em.findOne(Partnership, { district: district.id, partner: partner.id });
    const mayRead = (viewer: Viewer) =>
      readsList(viewer) ||
      (partnership !== null && can(viewer, 'partnership:read', partnershipSubject(partnership)));
    const audiences = [{ partnerId: partner.id }];
    const path = `/workspace/p/${partner.slug}/opportunities/${district.slug}`;
    const published = own.filter((d) => !held.has(d.id));
    const back = own.flatMap((d) => held.get(d.id) ?? []);
    if (published.length)
      await notify(em, {
        kind: NotificationKind.LISTING_PUBLISHED,
        title: `${district.name} published ${count(published.length, 'listing')} of ${partner.name}`,
        body: `Version ${number} of ${district.name}'s opportunities includes: ${published.map((d) => d.title).join('; ')}.`,
        path,
        dedupeKey: `publish:${district.id}:${number}:published:${partner.id}`,
        audiences,
        mayRead,
        actorUserId: actor.userId,
      });
    if (back.length)
      await notify(em, {
        kind: NotificationKind.LISTING_HELD_BACK,
        title: `${district.name} held back ${count(back.length, 'listing')} of ${partner.name}`,
        body: `Version ${number} of ${district.name}'s opportunities leaves out: ${back.map((h) => `${h.title ?? 'Untitled'} (${h.reason})`).join('; ')}`,
        path,
        dedupeKey: `publish:${district.id}:${number}:held:${partner.id}`,
        audiences,
        mayRead,
        actorUserId: actor.userId,
      });
  }
  await notify(em, {
    kind: NotificationKind.LIST_PUBLISHED,
    title: `${district.name} published version ${number} of its opportunities`,
    body: `${actor.label} published version ${number}: ${count(drafts.length - heldBack.length, 'listing')}${heldBack.length ? `, ${heldBack.length} held back` : ''}.`,
    path: `/workspace/d/${district.slug}/opportunities`,
    dedupeKey: `publish:${district.id}:${number}:list`,
    audiences: [{ districtId: district.id, roles: [Role.DISTRICT_ADMIN, Role.DISTRICT_STAFF] }],
    mayRead: readsList,
    actorUserId: actor.userId,
  });
}
