import type { EntityManager } from '@mikro-orm/knex';
import { DistrictCondition } from '@partnerhub/shared';
import { Opportunity, OpportunityListVersion } from '../opportunities/index.js';
import { PartnerOrganization } from '../organizations/index.js';
import { Goal } from './goal.entity.js';
import type { Objective } from './objective.entity.js';
import type { ObjectiveListingLink, ResponsibleParty } from './plan.types.js';
import { ResponsiblePartyKind } from './planning.enums.js';

const CONDITION_ORDER = Object.values(DistrictCondition);

/** The district's goals in plan order. */
export function goalsOf(em: EntityManager, districtId: number): Promise<Goal[]> {
  return em.find(Goal, { district: districtId }, { orderBy: { position: 'asc', id: 'asc' } });
}

/** The conditions an objective serves, in the order of the ten conditions. */
export async function conditionsOf(objective: Objective): Promise<DistrictCondition[]> {
  const links = await objective.conditionLinks.loadItems({ dataloader: true });
  return links
    .map((l) => l.condition)
    .sort((a, b) => CONDITION_ORDER.indexOf(a) - CONDITION_ORDER.indexOf(b));
}

export async function responsiblePartyOf(
  em: EntityManager,
  objective: Objective,
): Promise<ResponsibleParty | null> {
  if (objective.responsiblePerson)
    return { kind: ResponsiblePartyKind.PERSON, name: objective.responsiblePerson, partner: null };
  if (objective.responsibleOrganization)
    return {
      kind: ResponsiblePartyKind.ORGANIZATION,
      name: objective.responsibleOrganization,
      partner: null,
    };
  if (!objective.responsiblePartner) return null;
  const partner = await em.findOne(PartnerOrganization, objective.responsiblePartner.id);
  return partner ? { kind: ResponsiblePartyKind.PARTNER, name: partner.name, partner } : null;
}

/** The objective's linked listings with their newest published titles. */
export async function listingLinksOf(
  em: EntityManager,
  objective: Objective,
): Promise<ObjectiveListingLink[]> {
  const links = await objective.listingLinks.loadItems({ dataloader: true });
  if (!links.length) return [];
  const districtId = objective.district.id;
  const [rows, newest] = await Promise.all([
    em.find(
      Opportunity,
      { district: districtId, listingId: { $in: links.map((l) => l.listingId) } },
      { fields: ['listingId', 'title', 'version'], orderBy: { version: 'desc' }, disableIdentityMap: true },
    ),
    em.findOne(
      OpportunityListVersion,
      { district: districtId },
      { orderBy: { number: 'desc' }, fields: ['id'], disableIdentityMap: true },
    ),
  ]);
  return links
    .map((l) => l.listingId)
    .sort()
    .map((listingId) => {
      const latest = rows.find((r) => r.listingId === listingId);
      return {
        listingId,
        title: latest?.title ?? null,
        inNewestList: Boolean(latest && newest && latest.version.id === newest.id),
      };
    });
}
