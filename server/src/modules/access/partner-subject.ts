import type { EntityManager } from '@mikro-orm/knex';
import type { PartnerSubject } from './policy.js';

/**
 * Where the facts of a partner subject come from. They live in modules that themselves ask the policy
 * (partnerships' agreements, identity's memberships), so the composition root hands them over here
 * instead of this layer reading their tables.
 */
export interface PartnerSubjectSources {
  /** Districts with an ACTIVE partnership with the partner that was accepted. */
  activeDistrictIds(em: EntityManager, partnerId: number): Promise<number[]>;
  /** Whether any member of the partner holds its admin role. */
  hasAdmin(em: EntityManager, partnerId: number): Promise<boolean>;
}

let sources: PartnerSubjectSources | null = null;

/** Called once by the composition root; calling it again replaces the sources. */
export function providePartnerSubjectSources(given: PartnerSubjectSources): void {
  sources = given;
}

/**
 * The districts that may read the partner's private data (an accepted ACTIVE partnership) and the
 * district that manages it (the one that added it, while no member of the partner is its admin): two
 * small indexed queries. A partnership in any other state gives a district nothing over the partner.
 */
export async function partnerSubject(
  em: EntityManager,
  partner: { id: number; createdByDistrict?: { id: number } | null },
): Promise<PartnerSubject> {
  if (!sources) throw new Error('The partner subject sources were not provided: call wireModules() first.');
  const [activeDistrictIds, hasAdmin] = await Promise.all([
    sources.activeDistrictIds(em, partner.id),
    sources.hasAdmin(em, partner.id),
  ]);
  return {
    partnerId: partner.id,
    activeDistrictIds,
    managingDistrictId: hasAdmin ? null : (partner.createdByDistrict?.id ?? null),
  };
}
