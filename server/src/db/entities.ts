import { OpportunityListVersion, Opportunity } from '../modules/opportunities/index.js';
import {
  District,
  PartnerContact,
  PartnerOrganization,
  StateAgency,
} from '../modules/organizations/index.js';
import { Partnership, VettingRecord } from '../modules/partnerships/index.js';
import { ApiToken, Invitation, Membership, PasswordReset, Session, User } from '../modules/identity/index.js';
import { AuditEntry } from '../modules/audit/index.js';
import {
  ImplementationPlan,
  Goal,
  Objective,
  ObjectiveCondition,
  ObjectiveListing,
  ObjectiveStatusChange,
} from '../modules/planning/index.js';
import { FundingProgram, FundingSource, FundingAllocation, FundingRule } from '../modules/funding/index.js';
import { VisionVersion } from '../modules/vision/index.js';
import { ProviderCriterion } from '../modules/state-overview/index.js';
import { Comment, CommentThread } from '../modules/comments/index.js';
import {
  EvaluationSetting,
  Indicator,
  IndicatorTarget,
  IndicatorValue,
} from '../modules/evaluation/index.js';
import { ProviderAssessment, ProviderClaim } from '../modules/providers/index.js';

import {
  FlexibilityApplication,
  FlexibilityArea,
  FlexibilityDecision,
  FlexibilitySubmission,
} from '../modules/flexibility/index.js';
import { ConditionEvidence, ConditionState, ReadinessPublication } from '../modules/conditions/index.js';
import {
  MailJob,
  Notification,
  NotificationPreference,
  NotificationSigningKey,
} from '../modules/notifications/index.js';
/** Every entity, listed explicitly so that built and source runs discover the same set. */
export const entities = [
  Notification,
  NotificationPreference,
  MailJob,
  NotificationSigningKey,
  StateAgency,
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
  FlexibilityApplication,
  FlexibilityArea,
  FlexibilitySubmission,
  FlexibilityDecision,
  ProviderCriterion,
  ProviderClaim,
  ProviderAssessment,
  CommentThread,
  Comment,
  ReadinessPublication,
  ConditionState,
  ConditionEvidence,
  Indicator,
  IndicatorValue,
  IndicatorTarget,
  EvaluationSetting,
];
