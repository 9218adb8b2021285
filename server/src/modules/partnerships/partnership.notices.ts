import type { EntityManager } from '@mikro-orm/knex';
import {
  PartnershipSide,
  PartnershipStatus,
  Role,
  VETTING_KIND_LABELS,
  todayIsoDate,
} from '@partnerhub/shared';
import { toGlobalId } from '../../graphql/global-id.js';
import { type Viewer, can, partnershipSubject } from '../access/index.js';
import { NotificationKind, notify } from '../notifications/index.js';
import { Partnership } from './partnership.entity.js';
import { isVisibleTo } from './partnership.policy.js';
import { VettingRecord } from './vetting-record.entity.js';

const DISTRICT_PEOPLE = [Role.DISTRICT_ADMIN, Role.DISTRICT_STAFF];

/** Who may see that the partnership (or the request) exists: the only people told of it. */
const seers = (p: Partnership) => (viewer: Viewer) => isVisibleTo(viewer, p);

/** Who may read its private details, vetting included (as the vetting records' own loader decides). */
const readers = (p: Partnership) => (viewer: Viewer) =>
  can(viewer, 'partnership:read', partnershipSubject(p));

/** Where each side reads about a partnership in the workspace. */
function paths(p: Partnership) {
  return {
    district: `/workspace/d/${p.district.slug}/partnerships/${toGlobalId('Partnership', p.id)}`,
    partner: `/workspace/p/${p.partner.slug}`,
  };
}

/**
 * Tells the admins of the side that was asked about a new request, with a link to answer it (they
 * alone may answer). Call after the request committed.
 */
export function notifyPartnershipRequest(em: EntityManager, p: Partnership, actor: Viewer) {
  const toPartner = p.proposedBy === PartnershipSide.DISTRICT;
  const [from, to] = toPartner ? [p.district.name, p.partner.name] : [p.partner.name, p.district.name];
  return notify(em, {
    kind: NotificationKind.PARTNERSHIP_REQUESTED,
    title: `${from} proposes a partnership with ${to}`,
    body: `${from} proposes a partnership with ${to} (sent by ${actor.label}). Accept or decline it in your workspace. Nothing private of ${to} is shared with ${from} unless you accept.`,
    path: toPartner ? paths(p).partner : paths(p).district,
    dedupeKey: `partnership-request:${p.id}:${p.version}`,
    audiences: [
      toPartner
        ? { partnerId: p.partner.id, roles: [Role.PARTNER_ADMIN] }
        : { districtId: p.district.id, roles: [Role.DISTRICT_ADMIN] },
    ],
    mayRead: seers(p),
    actorUserId: actor.userId,
  });
}

/** Tells the side that asked (its admins, and the district's staff) how its request was answered. */
export function notifyPartnershipAnswer(em: EntityManager, p: Partnership, actor: Viewer) {
  const accepted = p.acceptedAt != null;
  const toPartner = p.proposedBy === PartnershipSide.PARTNER;
  const [asker, asked] = toPartner ? [p.partner.name, p.district.name] : [p.district.name, p.partner.name];
  return notify(em, {
    kind: NotificationKind.PARTNERSHIP_ANSWERED,
    title: `${asked} ${accepted ? 'accepted' : 'declined'} the partnership request of ${asker}`,
    body: accepted
      ? `${asked} accepted the partnership with ${asker}; it is active now.`
      : `${asked} declined the partnership request of ${asker}.`,
    path: toPartner ? paths(p).partner : paths(p).district,
    dedupeKey: `partnership-answer:${p.id}:${p.version}`,
    audiences: [
      toPartner
        ? { partnerId: p.partner.id, roles: [Role.PARTNER_ADMIN] }
        : { districtId: p.district.id, roles: DISTRICT_PEOPLE },
    ],
    mayRead: seers(p),
    actorUserId: actor.userId,
  });
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** How soon an expiry warns: once when it comes within 30 days, and again on the day itself. */
const WARN_DAYS = 30;

/**
 * The daily scan: tells the district's admins and staff and the partner's admins of an active
 * partnership's vetting requirement or agreement that expires within 30 days (once) and on the day
 * it expires (once more). Idempotent: the date and the threshold are part of each notice's key, so
 * running it again, or on every instance, tells nobody twice; a renewed date warns anew.
 */
export async function notifyExpiringVetting(em: EntityManager, now: Date): Promise<number> {
  const today = todayIsoDate(now);
  const horizon = addDays(today, WARN_DAYS);
  const fork = em.fork();
  const records = await fork.find(
    VettingRecord,
    { expiresOn: { $gte: today, $lte: horizon }, partnership: { status: PartnershipStatus.ACTIVE } },
    { populate: ['partnership.district', 'partnership.partner'], orderBy: { id: 'asc' } },
  );
  const renewals = await fork.find(
    Partnership,
    { agreementRenewalOn: { $gte: today, $lte: horizon }, status: PartnershipStatus.ACTIVE },
    { populate: ['district', 'partner'], orderBy: { id: 'asc' } },
  );
  const due = [
    ...records.map((r) => ({
      p: r.partnership,
      on: r.expiresOn!,
      key: `vetting:${r.id}`,
      label: VETTING_KIND_LABELS[r.kind],
    })),
    ...renewals.map((p) => ({
      p,
      on: p.agreementRenewalOn!,
      key: `agreement:${p.id}`,
      label: 'The agreement',
    })),
  ];
  let told = 0;
  for (const { p, on, key, label } of due) {
    const onTheDay = on === today;
    const what = `${label} for the partnership of ${p.district.name} and ${p.partner.name}`;
    told += await notify(fork, {
      kind: NotificationKind.VETTING_EXPIRING,
      title: onTheDay ? `${what} expires today` : `${what} expires on ${on}`,
      body: onTheDay
        ? `${what} expires today. From tomorrow the partner's listings are held back when the list is published, until it is renewed.`
        : `${what} expires on ${on}, within ${WARN_DAYS} days. Renew it before then so the partner's listings stay published.`,
      path: paths(p).district,
      dedupeKey: `expiry:${key}:${on}:${onTheDay ? 'day' : `${WARN_DAYS}d`}`,
      audiences: [
        { districtId: p.district.id, roles: DISTRICT_PEOPLE },
        { partnerId: p.partner.id, roles: [Role.PARTNER_ADMIN] },
      ],
      mayRead: readers(p),
    });
  }
  return told;
}
