import type { PartnershipSide, PartnershipStatus } from '@partnerhub/shared';
import type { DistrictSubject, PartnershipSubject, StateSubject } from './policy.js';

export function districtSubject(district: { id: number }): DistrictSubject {
  return { districtId: district.id };
}

export function stateSubject(agency: { id: number }): StateSubject {
  return { stateAgencyId: agency.id };
}

/** What the policy needs of a partnership row (the entity, or a read-model row shaped like it). */
export interface PartnershipFacts {
  district: { id: number };
  partner: { id: number };
  status: PartnershipStatus;
  proposedBy: PartnershipSide;
  acceptedAt?: Date | null;
  declinedAt?: Date | null;
}

export function partnershipSubject(p: PartnershipFacts): PartnershipSubject {
  return {
    districtId: p.district.id,
    partnerId: p.partner.id,
    status: p.status,
    proposedBy: p.proposedBy,
    accepted: p.acceptedAt != null,
    declined: p.declinedAt != null,
  };
}
