import { ApiTokenMutations } from './api-token.resolver.js';
import { InvitationResolver } from './invitation.resolver.js';
import {
  DistrictMembersResolver,
  MembershipMutations,
  PartnerMembersResolver,
  StateAgencyMembersResolver,
  UserResolver,
} from './membership.resolver.js';
import { SessionResolver } from './session.resolver.js';
export { identityNodeLoaders } from './identity.loaders.js';

export { viewerOfRequest, requestIdentifier } from './request-viewer.js';
export { collabAuthorizer, type DecideDocument } from './collab-access.js';
export { partnerHasAdmin } from './admins.js';
export { SignInThrottle } from './throttle.js';
export { DEMO_ACCOUNTS } from './demo-accounts.js';

export const identityResolvers = [
  SessionResolver,
  InvitationResolver,
  MembershipMutations,
  DistrictMembersResolver,
  PartnerMembersResolver,
  StateAgencyMembersResolver,
  UserResolver,
  ApiTokenMutations,
] as const;
export { ApiToken } from './api-token.entity.js';
export { Invitation } from './invitation.entity.js';
export { Membership } from './membership.entity.js';
export { PasswordReset } from './password-reset.entity.js';
export { Session } from './session.entity.js';
export { User } from './user.entity.js';
export { hashPassword } from './password.js';
export { authenticateSession, authenticateToken } from './authenticate.js';
export { newSecret } from './secrets.js';
export { startSession } from './session.service.js';
export { inviteMember } from './invitation.service.js';
export { grantsOfUser } from './grants.js';
