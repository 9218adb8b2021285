import type { EntityManager } from '@mikro-orm/core';
import type { VettingKind } from '@partnerhub/shared';
import { District, PartnerOrganization } from '../../modules/organizations/index.js';
import { Partnership, VettingRecord } from '../../modules/partnerships/index.js';

interface DemoVetting {
  district: string;
  partner: string;
  kind: VettingKind;
  /** Days from the seed date to the last valid day; negative for an expired record, null for none. */
  expiresInDays: number | null;
}

/** A few records so the workspace shows every vetting status: valid, expiring soon, expired, missing. */
const DEMO_VETTING: DemoVetting[] = [
  { district: 'maple-ridge', partner: 'riverbend-manufacturing', kind: 'AGREEMENT', expiresInDays: 320 },
  { district: 'maple-ridge', partner: 'riverbend-manufacturing', kind: 'INSURANCE', expiresInDays: 180 },
  {
    district: 'maple-ridge',
    partner: 'riverbend-manufacturing',
    kind: 'BACKGROUND_CHECK',
    expiresInDays: 240,
  },
  { district: 'maple-ridge', partner: 'mercy-regional-health', kind: 'AGREEMENT', expiresInDays: 300 },
  { district: 'maple-ridge', partner: 'mercy-regional-health', kind: 'INSURANCE', expiresInDays: 12 },
  { district: 'maple-ridge', partner: 'mercy-regional-health', kind: 'BACKGROUND_CHECK', expiresInDays: 200 },
  { district: 'maple-ridge', partner: 'youth-futures-alliance', kind: 'AGREEMENT', expiresInDays: 150 },
  { district: 'maple-ridge', partner: 'youth-futures-alliance', kind: 'BACKGROUND_CHECK', expiresInDays: -9 },
  { district: 'maple-ridge', partner: 'summit-credit-union', kind: 'INSURANCE', expiresInDays: null },
];

const DAY = 86_400_000;
const isoDay = (now: Date, days: number) => new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);

/** Adds the demo vetting records that are missing; running it again changes nothing. */
export async function seedDemoVetting(em: EntityManager, now: Date): Promise<void> {
  for (const demo of DEMO_VETTING) {
    const district = await em.findOne(District, { slug: demo.district });
    const partner = await em.findOne(PartnerOrganization, { slug: demo.partner });
    const partnership = district && partner && (await em.findOne(Partnership, { district, partner }));
    if (!partnership || (await em.count(VettingRecord, { partnership, kind: demo.kind })) > 0) continue;
    em.create(VettingRecord, {
      partnership,
      kind: demo.kind,
      verifiedOn: isoDay(now, -120),
      expiresOn: demo.expiresInDays === null ? null : isoDay(now, demo.expiresInDays),
      documentUrl: `https://docs.example.org/${demo.district}/${demo.partner}/${demo.kind.toLowerCase()}.pdf`,
    });
  }
}
