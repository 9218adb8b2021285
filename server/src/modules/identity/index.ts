import { ApiTokenMutations } from './api-token.resolver.js';
import { InvitationResolver } from './invitation.resolver.js';
import {
  DistrictMembersResolver,
  MembershipMutations,
  PartnerMembersResolver,
  UserResolver,
} from './membership.resolver.js';
import { SessionResolver } from './session.resolver.js';
export { identityNodeLoaders } from './identity.loaders.js';

export { can, authorize, type Action } from './policy.js';
export { districtSubject, partnerSubject, partnershipSubject } from './subjects.js';
export { ANONYMOUS, type Viewer } from './viewer.js';
export { viewerOfRequest } from './request-viewer.js';

export const identityResolvers = [
  SessionResolver,
  InvitationResolver,
  MembershipMutations,
  DistrictMembersResolver,
  PartnerMembersResolver,
  UserResolver,
  ApiTokenMutations,
] as const;
export { User } from './user.entity.js';
export { Invitation } from './invitation.entity.js';
export { newSecret } from './secrets.js';
