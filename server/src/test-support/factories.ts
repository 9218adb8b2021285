import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import {
  type Compensation,
  type LocationMode,
  type OpportunityType,
  type PartnershipSide,
  type PartnershipStatus,
  STATE_NAMES,
  type VettingKind,
} from '@partnerhub/shared';
import { type OpportunityListVersion, writePublishedVersion } from '../modules/opportunities/index.js';
import {
  District,
  PartnerContact,
  PartnerOrganization,
  StateAgency,
} from '../modules/organizations/index.js';
import { Partnership, VettingRecord } from '../modules/partnerships/index.js';

let sequence = 0;
const NCES_BASE = Math.floor(Math.random() * 100_000);
const unique = () =>
  `${Date.now().toString(36)}${(sequence++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A district with a unique slug and NCES id, so tests never collide. */
export async function buildDistrict(em: EntityManager, overrides: Partial<District> = {}): Promise<District> {
  const id = unique();
  const district = em.create(District, {
    name: `Test District ${id}`,
    slug: `district-${id}`,
    state: 'OH',
    ncesLeaId: `39${String((NCES_BASE + sequence) % 100_000).padStart(5, '0')}`,
    ...overrides,
  });
  await em.persist(district).flush();
  return district;
}

/** A state agency; its state defaults to the factories' districts' (OH). */
export async function buildStateAgency(
  em: EntityManager,
  overrides: Partial<StateAgency> = {},
): Promise<StateAgency> {
  const state = overrides.state ?? 'OH';
  const agency = em.create(StateAgency, {
    name: `${STATE_NAMES[state] ?? state} Department of Education`,
    state,
    ...overrides,
  });
  await em.persist(agency).flush();
  return agency;
}

export async function buildPartner(
  em: EntityManager,
  overrides: Partial<PartnerOrganization> = {},
): Promise<PartnerOrganization> {
  const id = unique();
  const partner = em.create(PartnerOrganization, {
    name: `Partner ${id}`,
    slug: `partner-${id}`,
    kind: 'BUSINESS',
    ...overrides,
  });
  await em.persist(partner).flush();
  return partner;
}

/**
 * A partnership (new district and partner when none are given). Accepted unless it is a PROSPECT;
 * `accepted` and `proposedBy` make requests in any state.
 */
export async function buildPartnership(
  em: EntityManager,
  {
    district,
    partner,
    status = 'ACTIVE',
    accepted = status !== 'PROSPECT',
    declined = false,
    proposedBy = 'DISTRICT',
  }: {
    district?: District;
    partner?: PartnerOrganization;
    status?: PartnershipStatus;
    accepted?: boolean;
    declined?: boolean;
    proposedBy?: PartnershipSide;
  } = {},
): Promise<Partnership> {
  const partnership = em.create(Partnership, {
    district: district ?? (await buildDistrict(em)),
    partner: partner ?? (await buildPartner(em)),
    status,
    proposedBy,
    acceptedAt: accepted ? new Date() : null,
    declinedAt: declined ? new Date() : null,
  });
  await em.persist(partnership).flush();
  return partnership;
}

/** A contact person of the partner (a new partner when none is given); not publishable by default. */
export async function buildContact(
  em: EntityManager,
  overrides: Partial<PartnerContact> & { partner?: PartnerOrganization } = {},
): Promise<PartnerContact> {
  const id = unique();
  const contact = em.create(PartnerContact, {
    name: `Contact ${id}`,
    email: `contact-${id}@example.org`,
    ...overrides,
    partner: overrides.partner ?? (await buildPartner(em)),
  });
  await em.persist(contact).flush();
  return contact;
}

/** A vetting record of the partnership (a new one when none is given). */
export async function buildVettingRecord(
  em: EntityManager,
  {
    partnership,
    kind = 'INSURANCE',
    expiresOn = '2099-12-31',
  }: { partnership?: Partnership; kind?: VettingKind; expiresOn?: string | null } = {},
): Promise<VettingRecord> {
  const record = em.create(VettingRecord, {
    partnership: partnership ?? (await buildPartnership(em)),
    kind,
    verifiedOn: '2020-01-01',
    expiresOn,
  });
  await em.persist(record).flush();
  return record;
}

export interface ListingInput {
  title?: string;
  type?: OpportunityType;
  partner?: PartnerOrganization | null;
  gradeMin?: number;
  gradeMax?: number;
  locationMode?: LocationMode;
  compensation?: Compensation;
  earnsCredit?: boolean;
  deadline?: string | null;
  skills?: string[];
  description?: string;
  listingId?: string;
  contactEmail?: string | null;
  contactPublishable?: boolean;
  minimumAge?: number | null;
}

/** Publishes the next version of a district's list with the given listings (in this order). */
export async function publishListings(
  em: EntityManager,
  district: District,
  listings: ListingInput[],
): Promise<OpportunityListVersion> {
  const { version } = await writePublishedVersion(em, {
    districtId: district.id,
    publishedByName: 'Test Publisher',
    listings: listings.map((l, position) => {
      const title = l.title ?? `Listing ${position}`;
      return {
        id: l.listingId ?? randomUUID(),
        partnerId: l.partner?.id ?? null,
        title,
        summary: `Summary of ${title}`,
        description: l.description ?? `Description of ${title}`,
        type: l.type ?? 'MENTORSHIP',
        locationMode: l.locationMode ?? 'ON_SITE',
        street: null,
        city: 'Columbus',
        state: null,
        postalCode: null,
        startDate: null,
        endDate: null,
        hoursPerWeek: null,
        gradeMin: l.gradeMin ?? 9,
        gradeMax: l.gradeMax ?? 12,
        minimumAge: l.minimumAge ?? null,
        otherRequirements: null,
        capacity: null,
        compensation: l.compensation ?? 'UNPAID',
        compensationDetails: null,
        earnsCredit: l.earnsCredit ?? false,
        creditAmount: null,
        creditSubject: null,
        careerCluster: null,
        skills: l.skills ?? ['Teamwork'],
        applyUrl: null,
        applyEmail: null,
        applyInstructions: null,
        deadline: l.deadline === undefined ? '2099-01-01' : l.deadline,
        accessibilityNotes: null,
        transportNotes: null,
        contactName: 'Pat Contact',
        contactEmail: l.contactEmail === undefined ? 'pat@example.org' : l.contactEmail,
        contactPhone: null,
        contactPublishable: l.contactPublishable ?? false,
      };
    }),
  });
  return version;
}
