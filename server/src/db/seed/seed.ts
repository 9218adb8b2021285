import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import {
  OpportunityListVersion,
  type PublishedListing,
  writePublishedVersion,
} from '../../modules/opportunities/index.js';
import {
  District,
  PartnerContact,
  PartnerOrganization,
  StateAgency,
} from '../../modules/organizations/index.js';
import { Partnership } from '../../modules/partnerships/index.js';
import { DEMO_DISTRICTS, DEMO_PARTNERS, DEMO_PARTNERSHIPS, DEMO_STATE_AGENCY } from './demo-organizations.js';
import { DEMO_OPPORTUNITIES, type DemoOpportunity } from './demo-opportunities.js';
import { seedDemoEvaluation } from './demo-evaluation.js';
import { seedDemoPlan } from './demo-plan.js';
import { seedDemoReadiness } from './demo-readiness.js';
import { seedDemoProviders } from './demo-providers.js';
import { seedDemoVetting } from './demo-vetting.js';
import { seedDemoVision } from './demo-vision.js';
import { seedDemoUsers } from './demo-users.js';

const DAY = 86_400_000;

function isoDay(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);
}

/** A listing id that stays the same each time the demo seed runs. */
function stableListingId(demo: DemoOpportunity): string {
  const hex = createHash('sha256').update(`${demo.district}/${demo.title}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The district that added a demo partner and manages it until it has an admin: the one of its first
 * agreement, as the migration to partnership requests decides for older data.
 */
function managingDistrict(partner: string, districts: Map<string, District>): District | undefined {
  const links = DEMO_PARTNERSHIPS.filter((l) => l.partner === partner);
  const first = links.find((l) => l.status !== 'PROSPECT') ?? links[0];
  return first ? districts.get(first.district) : undefined;
}

/** Seeds demo data only when the database has no district yet; returns whether it did. */
export async function seedIfEmpty(em: EntityManager, now = new Date()): Promise<boolean> {
  if ((await em.count(District)) > 0) return false;
  await seedDemoData(em, now);
  return true;
}

/**
 * Creates whatever part of the demo data is missing, in one transaction. Running it again changes
 * nothing; a district that already has a published list keeps it.
 */
export async function seedDemoData(em: EntityManager, now = new Date()): Promise<void> {
  await em.transactional(async (tx) => {
    const districts = new Map<string, District>();
    for (const d of DEMO_DISTRICTS) {
      districts.set(d.slug, (await tx.findOne(District, { slug: d.slug })) ?? tx.create(District, d));
    }
    if (!(await tx.findOne(StateAgency, { state: DEMO_STATE_AGENCY.state })))
      tx.create(StateAgency, DEMO_STATE_AGENCY);
    const partners = new Map<string, PartnerOrganization>();
    for (const { contacts, ...p } of DEMO_PARTNERS) {
      let partner = await tx.findOne(PartnerOrganization, { slug: p.slug });
      if (!partner) {
        partner = tx.create(PartnerOrganization, {
          ...p,
          createdByDistrict: managingDistrict(p.slug, districts),
        });
        for (const c of contacts) tx.create(PartnerContact, { ...c, partner });
      }
      partners.set(p.slug, partner);
    }
    await tx.flush();
    for (const link of DEMO_PARTNERSHIPS) {
      const district = districts.get(link.district)!;
      const partner = partners.get(link.partner)!;
      if (await tx.findOne(Partnership, { district, partner })) continue;
      tx.create(Partnership, {
        district,
        partner,
        status: link.status,
        commitments: link.commitments,
        conditions: link.conditions,
        participatesInVision: link.participatesInVision,
        startDate: link.status === 'PROSPECT' ? null : isoDay(now, -400),
        endDate: link.status === 'ENDED' ? isoDay(now, -200) : null,
        agreementSignedOn: link.status === 'PROSPECT' ? null : isoDay(now, -410),
        agreementRenewalOn: link.status === 'ACTIVE' ? isoDay(now, 320) : null,
        // A prospect is agreed when the district speaks for the partner; otherwise it awaits the partner.
        acceptedAt: link.status !== 'PROSPECT' || partner.createdByDistrict?.id === district.id ? now : null,
      });
    }
    await tx.flush();
    await seedDemoVetting(tx, now);
    for (const [slug, district] of districts) {
      if ((await tx.count(OpportunityListVersion, { district })) > 0) continue;
      const demos = DEMO_OPPORTUNITIES.filter((o) => o.district === slug);
      await writePublishedVersion(tx, {
        districtId: district.id,
        listings: demos.map((demo) => {
          const partner = demo.partner ? partners.get(demo.partner)! : null;
          return listingFromDemo(demo, { district, partner, now });
        }),
        publishedByName: 'Demo data',
        summary: 'First published list.',
        now,
      });
    }
    await tx.flush();
    await seedDemoUsers(tx);
    await tx.flush();
    await seedDemoProviders(tx);
    await seedDemoPlan(tx, districts.get(DEMO_DISTRICTS[0]!.slug)!);
    await seedDemoReadiness(tx, districts.get(DEMO_DISTRICTS[0]!.slug)!, now);
    await seedDemoEvaluation(tx, districts.get(DEMO_DISTRICTS[0]!.slug)!, now);
    await seedDemoVision(tx, districts.get(DEMO_DISTRICTS[0]!.slug)!, now);
  });
}

function listingFromDemo(
  demo: DemoOpportunity,
  ctx: { district: District; partner: PartnerOrganization | null; now: Date },
): PublishedListing {
  const { partner, district, now } = ctx;
  const site = partner ?? district;
  const contact = DEMO_PARTNERS.find((p) => p.slug === demo.partner)?.contacts[0];
  return {
    id: stableListingId(demo),
    partnerId: partner?.id ?? null,
    title: demo.title,
    summary: demo.summary,
    description: demo.description,
    type: demo.type,
    locationMode: demo.locationMode,
    street: demo.locationMode === 'REMOTE' ? null : (partner?.address ?? '1 Education Way'),
    city: demo.locationMode === 'REMOTE' ? null : (site.city ?? null),
    state: demo.locationMode === 'REMOTE' ? null : (partner?.state ?? district.state),
    postalCode: demo.locationMode === 'REMOTE' ? null : (partner?.postalCode ?? null),
    startDate: isoDay(now, demo.startInDays),
    endDate: isoDay(now, demo.startInDays + demo.weeks * 7),
    hoursPerWeek: demo.hoursPerWeek,
    gradeMin: demo.grades[0],
    gradeMax: demo.grades[1],
    minimumAge: demo.minimumAge ?? null,
    otherRequirements: demo.minimumAge ? 'A signed parent or guardian permission form.' : null,
    capacity: demo.capacity,
    compensation: demo.compensation,
    compensationDetails: demo.compensationDetails ?? null,
    earnsCredit: Boolean(demo.credit),
    creditAmount: demo.credit?.amount ?? null,
    creditSubject: demo.credit?.subject ?? null,
    careerCluster: demo.careerCluster,
    skills: demo.skills,
    applyUrl: `https://apply.example.org/${ctx.district.slug}/${stableListingId(demo).slice(0, 8)}`,
    applyEmail: null,
    applyInstructions: 'Apply online; your school counselor can help with the form.',
    deadline: demo.deadlineInDays === null ? null : isoDay(now, demo.deadlineInDays),
    accessibilityNotes: demo.accessibilityNotes ?? null,
    transportNotes: demo.transportNotes ?? null,
    contactName: contact?.name ?? 'Work-Based Learning Office',
    contactEmail: contact?.email ?? `wbl@${ctx.district.slug}.example.org`,
    contactPhone: contact?.phone ?? null,
    contactPublishable: contact?.publishable ?? true,
  };
}
