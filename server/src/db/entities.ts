import { OpportunityListVersion } from '../modules/opportunities/opportunity-list-version.entity.js';
import { Opportunity } from '../modules/opportunities/opportunity.entity.js';
import { District } from '../modules/organizations/district.entity.js';
import { PartnerContact } from '../modules/organizations/partner-contact.entity.js';
import { PartnerOrganization } from '../modules/organizations/partner-organization.entity.js';
import { Partnership } from '../modules/partnerships/partnership.entity.js';
import { VettingRecord } from '../modules/partnerships/vetting-record.entity.js';
import { ApiToken } from '../modules/identity/api-token.entity.js';
import { Invitation } from '../modules/identity/invitation.entity.js';
import { Membership } from '../modules/identity/membership.entity.js';
import { PasswordReset } from '../modules/identity/password-reset.entity.js';
import { Session } from '../modules/identity/session.entity.js';
import { User } from '../modules/identity/user.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { ImplementationPlan } from '../modules/planning/plan.entity.js';
import { Goal } from '../modules/planning/goal.entity.js';
import { Objective } from '../modules/planning/objective.entity.js';
import {
  ObjectiveCondition,
  ObjectiveListing,
  ObjectiveStatusChange,
} from '../modules/planning/objective-parts.entity.js';
import { FundingProgram } from '../modules/funding/funding-program.entity.js';
import { FundingSource } from '../modules/funding/funding-source.entity.js';
import { FundingAllocation } from '../modules/funding/funding-allocation.entity.js';
import { FundingRule } from '../modules/funding/funding-rule.entity.js';
import { VisionVersion } from '../modules/vision/vision-version.entity.js';

/** Every entity, listed explicitly so that built and source runs discover the same set. */
export const entities = [
  District,
  PartnerOrganization,
  PartnerContact,
  Partnership,
  OpportunityListVersion,
  Opportunity,
  VettingRecord,
  User,
  Membership,
  Session,
  Invitation,
  ApiToken,
  PasswordReset,
  AuditEntry,
  ImplementationPlan,
  Goal,
  Objective,
  ObjectiveCondition,
  ObjectiveListing,
  ObjectiveStatusChange,
  FundingProgram,
  FundingSource,
  FundingAllocation,
  FundingRule,
  VisionVersion,
];
