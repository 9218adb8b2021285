import type { EntityManager } from '@mikro-orm/knex';
import type { Compensation, LocationMode, OpportunityType } from '@partnerhub/shared';
import { Opportunity, OpportunityListVersion, newestVersionIds } from '../opportunities/index.js';
import { District } from '../organizations/index.js';

/** A listing as the public feeds show it: no contact person. */
export interface PublishedListing {
  listingId: string;
  title: string;
  summary: string;
  description: string;
  type: OpportunityType;
  locationMode: LocationMode;
  city: string | null;
  state: string | null;
  startDate: string | null;
  endDate: string | null;
  hoursPerWeek: number | null;
  gradeMin: number;
  gradeMax: number;
  minimumAge: number | null;
  capacity: number | null;
  compensation: Compensation;
  earnsCredit: boolean;
  creditAmount: number | null;
  creditSubject: string | null;
  careerCluster: string | null;
  skills: string[];
  applyUrl: string | null;
  applyEmail: string | null;
  deadline: string | null;
  firstPublishedAt: Date;
  partnerName: string | null;
}

export interface PublishedList {
  district: { id: number; name: string; slug: string };
  version: { number: number; publishedAt: Date };
  listings: PublishedListing[];
}

function toPublished(o: Opportunity): PublishedListing {
  return {
    listingId: o.listingId,
    title: o.title,
    summary: o.summary,
    description: o.description,
    type: o.type,
    locationMode: o.locationMode,
    city: o.city ?? null,
    state: o.state ?? null,
    startDate: o.startDate ?? null,
    endDate: o.endDate ?? null,
    hoursPerWeek: o.hoursPerWeek ?? null,
    gradeMin: o.gradeMin,
    gradeMax: o.gradeMax,
    minimumAge: o.minimumAge ?? null,
    capacity: o.capacity ?? null,
    compensation: o.compensation,
    earnsCredit: o.earnsCredit,
    creditAmount: o.creditAmount ?? null,
    creditSubject: o.creditSubject ?? null,
    careerCluster: o.careerCluster ?? null,
    skills: o.skills,
    applyUrl: o.applyUrl ?? null,
    applyEmail: o.applyEmail ?? null,
    deadline: o.deadline ?? null,
    firstPublishedAt: o.firstPublishedAt,
    partnerName: o.partner?.name ?? null,
  };
}

/** Version `number` (default: the newest) of the district's published list; null when there is none. */
export async function loadPublishedList(
  em: EntityManager,
  slug: string,
  number: number | null,
): Promise<PublishedList | null> {
  const district = await em.findOne(District, { slug });
  if (!district) return null;
  const version =
    number === null
      ? await em.findOne(OpportunityListVersion, { district: district.id }, { orderBy: { number: 'desc' } })
      : await em.findOne(OpportunityListVersion, { district: district.id, number });
  if (!version) return null;
  const rows = await em.find(
    Opportunity,
    { version: version.id },
    { populate: ['partner'], orderBy: { position: 'asc' } },
  );
  return {
    district: { id: district.id, name: district.name, slug: district.slug },
    version: { number: version.number, publishedAt: version.publishedAt },
    listings: rows.map(toPublished),
  };
}

/** Every district with the listing ids of its newest published list; three statements. */
export async function publicPages(em: EntityManager) {
  const districts = await em.find(District, {}, { orderBy: { slug: 'asc' } });
  const newest = await newestVersionIds(em);
  const versions = newest.length ? await em.find(OpportunityListVersion, { id: { $in: newest } }) : [];
  const rows = versions.length
    ? await em.find(
        Opportunity,
        { version: { $in: versions.map((v) => v.id) } },
        { fields: ['listingId', 'district'], orderBy: { position: 'asc' }, disableIdentityMap: true },
      )
    : [];
  return districts.map((d) => {
    const version = versions.find((v) => v.district.id === d.id) ?? null;
    return {
      slug: d.slug,
      publishedAt: version?.publishedAt ?? null,
      listingIds: rows.filter((r) => r.district.id === d.id).map((r) => r.listingId),
    };
  });
}
