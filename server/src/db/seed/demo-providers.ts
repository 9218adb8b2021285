import type { EntityManager } from '@mikro-orm/core';
import type { ProviderRating } from '@partnerhub/shared';
import { User } from '../../modules/identity/index.js';
import { District, PartnerOrganization, StateAgency } from '../../modules/organizations/index.js';
import { ProviderAssessment, ProviderClaim } from '../../modules/providers/index.js';
import { ProviderCriterion } from '../../modules/state-overview/index.js';

/** Ohio's provider criteria, as a state might publish them. */
const DEMO_CRITERIA = [
  {
    title: 'Evidence of effectiveness',
    description:
      'Shows results for services like those offered, with evidence at ESSA tier 1, 2 or 3 (strong, moderate or promising).',
  },
  {
    title: 'Builds on the District Conditions for Scale',
    description: 'Plans its work with the district around the conditions the district named in its plan.',
  },
  {
    title: 'Builds district capacity',
    description:
      'Leaves the district able to carry on without the provider: coaches, tools and training materials.',
  },
];

const PROVIDER = 'buckeye-learning-collaborative';

const DEMO_CLAIMS = [
  {
    criterion: 'Evidence of effectiveness',
    evidence:
      'Our middle-school coaching model was evaluated in a quasi-experimental study across 11 Ohio districts (ESSA tier 2, moderate evidence).',
    evidenceUrl: 'https://www.buckeyelearningcollaborative.example.org/evidence',
  },
  {
    criterion: 'Builds on the District Conditions for Scale',
    evidence:
      'Every engagement starts with the district’s conditions self-assessment; our work plans name the conditions each activity serves.',
    evidenceUrl: null,
  },
];

const DEMO_ASSESSMENT: { district: string; criterion: string; rating: ProviderRating; note: string } = {
  district: 'maple-ridge',
  criterion: 'Evidence of effectiveness',
  rating: 'PARTIALLY_MEETS',
  note: 'The study covers grades 6-8 only; we asked for results from high schools.',
};

/**
 * Ohio's provider criteria (when it has none), two claims by the demo technical-assistance provider and
 * Maple Ridge's assessment of one of them. Running it again changes nothing.
 */
export async function seedDemoProviders(em: EntityManager): Promise<void> {
  const agency = await em.findOne(StateAgency, { state: 'OH' });
  const provider = await em.findOne(PartnerOrganization, { slug: PROVIDER });
  if (!agency || !provider) return;
  if ((await em.count(ProviderCriterion, { stateAgency: agency })) === 0) {
    DEMO_CRITERIA.forEach((c, position) =>
      em.create(ProviderCriterion, { ...c, stateAgency: agency, position }),
    );
    await em.flush();
  }
  const criterion = (title: string) => em.findOne(ProviderCriterion, { stateAgency: agency, title });
  for (const claim of DEMO_CLAIMS) {
    const target = await criterion(claim.criterion);
    if (!target || (await em.count(ProviderClaim, { partner: provider, criterion: target })) > 0) continue;
    em.create(ProviderClaim, {
      partner: provider,
      criterion: target,
      evidence: claim.evidence,
      evidenceUrl: claim.evidenceUrl,
    });
  }
  const district = await em.findOne(District, { slug: DEMO_ASSESSMENT.district });
  const target = await criterion(DEMO_ASSESSMENT.criterion);
  const assessor = await em.findOne(User, { email: 'admin@maple-ridge.demo' });
  if (
    district &&
    target &&
    assessor &&
    (await em.count(ProviderAssessment, { district, partner: provider, criterion: target })) === 0
  )
    em.create(ProviderAssessment, {
      district,
      partner: provider,
      criterion: target,
      rating: DEMO_ASSESSMENT.rating,
      note: DEMO_ASSESSMENT.note,
      assessedBy: assessor,
      assessedByName: assessor.name,
    });
  await em.flush();
}
