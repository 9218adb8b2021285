import { PartnerKind } from '@partnerhub/shared';
import { toGlobalId } from '../../graphql/global-id.js';
import { PartnerOrganization } from '../../modules/organizations/index.js';
import { ProviderAssessment, ProviderClaim } from '../../modules/providers/index.js';
import { ProviderCriterion } from '../../modules/state-overview/index.js';
import {
  type AuthzCase,
  type AuthzWorld,
  DISTRICT_READERS,
  DISTRICT_WRITERS,
  PARTNER_READERS,
  STATE_STAFF,
} from '../authz.js';

const payload = '{ userErrors { code message } }';
const mutation = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) ${payload} }`;

/** The world's partner is a technical-assistance provider; a fresh published criterion of its state. */
async function freshCriterion(world: AuthzWorld) {
  const em = world.em();
  await em.nativeUpdate(
    PartnerOrganization,
    { id: world.partner.id },
    { kind: PartnerKind.TECHNICAL_ASSISTANCE },
  );
  const criterion = em.create(ProviderCriterion, {
    stateAgency: world.stateAgency.id,
    title: 'Evidence of effectiveness',
    position: await em.count(ProviderCriterion, { stateAgency: world.stateAgency.id }),
  });
  await em.persist(criterion).flush();
  return criterion;
}

export const authzCases: AuthzCase[] = [
  {
    name: 'claimProviderCriterion',
    allowed: ['partnerAdmin'],
    async prepare(world) {
      const criterion = await freshCriterion(world);
      return {
        query: mutation('claimProviderCriterion', 'ClaimProviderCriterionInput'),
        variables: {
          input: {
            partnerId: toGlobalId('PartnerOrganization', world.partner.id),
            criterionId: toGlobalId('ProviderCriterion', criterion.id),
            evidence: 'Coaching model rated ESSA tier 2.',
            evidenceUrl: 'https://example.org/evidence',
          },
        },
      };
    },
  },
  {
    name: 'withdrawProviderClaim',
    allowed: ['partnerAdmin'],
    async prepare(world) {
      const criterion = await freshCriterion(world);
      const em = world.em();
      const claim = em.create(ProviderClaim, {
        partner: world.partner.id,
        criterion: criterion.id,
        evidence: 'Coaching model rated ESSA tier 2.',
      });
      await em.persist(claim).flush();
      return {
        query: mutation('withdrawProviderClaim', 'WithdrawProviderClaimInput'),
        variables: { input: { id: toGlobalId('ProviderClaim', claim.id), version: claim.version } },
      };
    },
  },
  {
    name: 'assessProvider',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const criterion = await freshCriterion(world);
      return {
        query: mutation('assessProvider', 'AssessProviderInput'),
        variables: {
          input: {
            districtId: toGlobalId('District', world.district.id),
            partnerId: toGlobalId('PartnerOrganization', world.partner.id),
            criterionId: toGlobalId('ProviderCriterion', criterion.id),
            rating: 'PARTIALLY_MEETS',
            note: 'Strong in two schools so far.',
          },
        },
      };
    },
  },
  {
    name: 'StateAgency.technicalAssistanceProviders',
    allowed: STATE_STAFF,
    prepare: async (world) => ({
      query: `query ($id: ID!) { node(id: $id) { ... on StateAgency { technicalAssistanceProviders { name } } } }`,
      variables: { id: toGlobalId('StateAgency', world.stateAgency.id) },
    }),
  },
  {
    // Assessments are private: the district, its state's staff, and the provider while they are partners.
    name: 'ProviderAssessment.note',
    allowed: [...DISTRICT_READERS, ...PARTNER_READERS],
    async prepare(world) {
      const criterion = await freshCriterion(world);
      const em = world.em();
      const assessment = em.create(ProviderAssessment, {
        district: world.district.id,
        partner: world.partner.id,
        criterion: criterion.id,
        rating: 'MEETS',
        note: 'Met every milestone.',
        assessedByName: 'District admin',
      });
      await em.persist(assessment).flush();
      return {
        query: `query ($id: ID!) { node(id: $id) { ... on ProviderAssessment { rating note assessedByName } } }`,
        variables: { id: toGlobalId('ProviderAssessment', assessment.id) },
      };
    },
  },
];
