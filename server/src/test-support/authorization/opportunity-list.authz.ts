import { createListingMap, docName, listingsOf, newListingId } from '@partnerhub/shared';
import { toGlobalId } from '../../graphql/global-id.js';
import {
  type AuthzCase,
  type AuthzWorld,
  DISTRICT_READERS,
  DISTRICT_WRITERS,
  PARTNER_READERS,
  PARTNER_WRITERS,
} from '../authz.js';

const LISTING = {
  title: 'Clinic job shadowing',
  summary: 'Two days with a nurse.',
  type: 'JOB_SHADOWING',
  gradeMin: 10,
  gradeMax: 12,
  applyUrl: 'https://example.org/apply',
} as const;

const draftPayload = '{ listingId userErrors { code message } }';

/** A valid listing of the world's partner in the live draft list; its id. */
async function draftListing(world: AuthzWorld): Promise<string> {
  const id = newListingId();
  await world.collab!.applyServerEdit(
    docName('opportunities', world.district.id),
    { userId: null, label: 'test' },
    (doc) => listingsOf(doc).push([createListingMap({ ...LISTING, id, partnerId: world.partner.id })]),
  );
  return id;
}

export const authzCases: AuthzCase[] = [
  {
    name: 'submitOpportunity',
    allowed: [...DISTRICT_WRITERS, ...PARTNER_WRITERS],
    async prepare(world) {
      return {
        query: `mutation ($input: SubmitOpportunityInput!) { submitOpportunity(input: $input) ${draftPayload} }`,
        variables: {
          input: {
            ...LISTING,
            districtId: toGlobalId('District', world.district.id),
            partnerId: toGlobalId('PartnerOrganization', world.partner.id),
          },
        },
      };
    },
  },
  {
    name: 'updateDraftOpportunity',
    allowed: [...DISTRICT_WRITERS, ...PARTNER_WRITERS],
    async prepare(world) {
      return {
        query: `mutation ($input: UpdateDraftOpportunityInput!) { updateDraftOpportunity(input: $input) ${draftPayload} }`,
        variables: {
          input: {
            districtId: toGlobalId('District', world.district.id),
            listingId: await draftListing(world),
            capacity: 4,
          },
        },
      };
    },
  },
  {
    name: 'importOpportunitiesCsv',
    allowed: [...DISTRICT_WRITERS, ...PARTNER_WRITERS],
    async prepare(world) {
      const csv = `title,summary,type,partner,grade_min,grade_max,apply_url\r\nImported,From a CSV,MENTORSHIP,"${world.partner.name}",9,12,https://example.org\r\n`;
      return {
        query: `mutation ($input: ImportOpportunitiesCsvInput!) { importOpportunitiesCsv(input: $input) {
          importedCount rows { problems { field message } } userErrors { code message } } }`,
        variables: { input: { districtId: toGlobalId('District', world.district.id), csv } },
      };
    },
  },
  {
    name: 'publishOpportunityList',
    allowed: ['districtAdmin', 'districtStaff', 'districtTokenReadWrite'],
    async prepare(world) {
      await draftListing(world);
      return {
        query: `mutation ($input: PublishOpportunityListInput!) { publishOpportunityList(input: $input) {
          version { number } problems { field message } heldBack { reason } userErrors { code message } } }`,
        variables: {
          input: { districtId: toGlobalId('District', world.district.id), summary: 'New listings' },
        },
      };
    },
  },
  {
    name: 'OpportunityDraft.publishPreview',
    allowed: [...DISTRICT_READERS, ...PARTNER_READERS],
    async prepare(world) {
      await draftListing(world);
      return {
        query: `query ($slug: String!) { district(slug: $slug) { opportunityDraft { publishPreview {
          listingCount problems { field } changes { added { listingId } } } } } }`,
        variables: { slug: world.district.slug },
      };
    },
  },
  {
    name: 'OpportunityDraft.holdBacks',
    allowed: [...DISTRICT_READERS, ...PARTNER_READERS],
    prepare: (world) =>
      Promise.resolve({
        query: `query ($slug: String!, $ids: [Int!]!) { district(slug: $slug) { opportunityDraft { holdBacks(partnerIds: $ids) {
        partnerId reason } } } }`,
        variables: { slug: world.district.slug, ids: [world.partner.id] },
      }),
  },
];
