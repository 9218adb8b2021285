import {
  ApiTokenScope,
  Compensation,
  DistrictCondition,
  LocationMode,
  OpportunityOrder,
  OpportunityType,
  PartnerKind,
  PartnershipRequestState,
  PartnershipSide,
  PartnershipStatus,
  Role,
  VettingKind,
} from '@partnerhub/shared';
import { registerEnumType } from 'type-graphql';

let registered = false;

/** Declares the shared vocabularies as GraphQL enums (once per process). */
export function registerEnums(): void {
  if (registered) return;
  registered = true;
  registerEnumType(OpportunityType, {
    name: 'OpportunityType',
    description: 'Kind of learning opportunity; `cedsCode` gives the CEDS 001499 value.',
  });
  registerEnumType(LocationMode, { name: 'LocationMode' });
  registerEnumType(Compensation, { name: 'Compensation' });
  registerEnumType(OpportunityOrder, { name: 'OpportunityOrder' });
  registerEnumType(PartnerKind, { name: 'PartnerKind' });
  registerEnumType(PartnershipStatus, { name: 'PartnershipStatus' });
  registerEnumType(PartnershipSide, { name: 'PartnershipSide' });
  registerEnumType(PartnershipRequestState, {
    name: 'PartnershipRequestState',
    description: 'Where the request behind a partnership stands; nothing private flows before ACCEPTED.',
  });
  registerEnumType(Role, {
    name: 'Role',
    description: 'A member role in a district or a partner organization.',
  });
  registerEnumType(ApiTokenScope, { name: 'ApiTokenScope' });
  registerEnumType(VettingKind, { name: 'VettingKind' });
  registerEnumType(DistrictCondition, {
    name: 'DistrictCondition',
    description: 'The ten District Conditions for Scale.',
  });
}
