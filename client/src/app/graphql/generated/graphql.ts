/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string };
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: any; output: any };
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: any; output: any };
};

export type AcceptInvitationInput = {
  /** Your name, when creating an account. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new password, when creating an account. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** The secret from the e-mailed link. */
  token: Scalars['String']['input'];
};

export type AcceptInvitationPayload = {
  membership?: Maybe<Membership>;
  userErrors: Array<UserError>;
  viewer?: Maybe<Viewer>;
};

/** Accepts a partnership request made to your organization. */
export type AcceptPartnershipRequestInput = {
  id: Scalars['ID']['input'];
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type AcceptPartnershipRequestPayload = {
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

/** Adds dated evidence to a condition; kind, title and date are required. */
export type AddConditionEvidenceInput = {
  condition: DistrictCondition;
  /** YYYY-MM-DD */
  date?: InputMaybe<Scalars['String']['input']>;
  districtId: Scalars['ID']['input'];
  kind?: InputMaybe<EvidenceKind>;
  note?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** An http or https address; blank clears it. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A postal address. */
export type Address = {
  city?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Two-letter state code. */
  state?: Maybe<Scalars['String']['output']>;
  street?: Maybe<Scalars['String']['output']>;
};

/** Records the board's adoption of a saved version. */
export type AdoptVisionVersionInput = {
  /** The date the board adopted it (YYYY-MM-DD). */
  adoptedOn: Scalars['String']['input'];
  /** The board resolution that adopted it, e.g. "Resolution 2026-14". */
  resolution: Scalars['String']['input'];
  versionId: Scalars['ID']['input'];
};

/** The version a district adopted most recently, as the public reads it. */
export type AdoptedVision = {
  /** When the adoption was recorded. */
  adoptedAt: Scalars['DateTimeISO']['output'];
  /** The date the board adopted it (YYYY-MM-DD). */
  adoptedOn?: Maybe<Scalars['String']['output']>;
  /** Sanitized HTML: allow-listed elements only, every text escaped, links limited to http(s) and mailto. */
  html: Scalars['String']['output'];
  /** The board resolution that adopted it. */
  resolution?: Maybe<Scalars['String']['output']>;
  /** Plain text, one blank line between paragraphs. */
  text: Scalars['String']['output'];
  versionName: Scalars['String']['output'];
};

/** An API token of an organization (the secret is shown only once, at creation). */
export type ApiToken = Node & {
  createdAt: Scalars['DateTimeISO']['output'];
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the secret, to tell tokens apart. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  scope: ApiTokenScope;
};

export type ApiTokenScope = 'READ' | 'READ_WRITE';

export type ArchiveIndicatorInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Takes a partner out of the public directory; its history stays. */
export type ArchivePartnerOrganizationInput = {
  id: Scalars['ID']['input'];
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type ArchivePartnerOrganizationPayload = {
  partnerOrganization?: Maybe<PartnerOrganization>;
  userErrors: Array<UserError>;
};

/** A district’s assessment of a provider against one criterion, new or changed. */
export type AssessProviderInput = {
  criterionId: Scalars['ID']['input'];
  districtId: Scalars['ID']['input'];
  /** Why (at most 2,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
  rating: ProviderRating;
  /** The `version` of the district’s current assessment, when changing it. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type AssessProviderPayload = {
  assessment?: Maybe<ProviderAssessment>;
  userErrors: Array<UserError>;
};

/** One of the four areas of assurance of the State Policy Framework. */
export type AssuranceKind =
  'CONTINUOUS_IMPROVEMENT' | 'FUNDING_ALIGNMENT' | 'IMPLEMENTATION_PLAN' | 'PLANNING_PROCESS';

export type AssuranceNarrativeInput = {
  kind: AssuranceKind;
  narrative?: InputMaybe<Scalars['String']['input']>;
};

/** One field changed by an action, with its value before and after. */
export type AuditChange = {
  field: Scalars['String']['output'];
  from?: Maybe<Scalars['JSON']['output']>;
  to?: Maybe<Scalars['JSON']['output']>;
};

/** Who changed what, when, with the values before and after. */
export type AuditEntry = {
  /** What happened, as `<target>.<verb>`, e.g. `partnership.update`. */
  action: Scalars['String']['output'];
  /** The person or API token that made the change. */
  actorLabel: Scalars['String']['output'];
  /** Global id of the user, when a person made the change. */
  actorUserId?: Maybe<Scalars['ID']['output']>;
  changes: Array<AuditChange>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The global id of the entry. */
  id: Scalars['ID']['output'];
  /** The request that made the change, as in the server log. */
  requestId: Scalars['String']['output'];
  /** Global id of the changed object. */
  targetId: Scalars['ID']['output'];
  targetType: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  edges: Array<AuditEntryEdge>;
  /** The nodes of `edges`, for when cursors are not needed. */
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** SUPPRESSED: the value and n are withheld, because the cell has too few students or because it would reveal one that has. */
export type CellSuppression = 'NONE' | 'SUPPRESSED';

export type ChangeMemberRoleInput = {
  membershipId: Scalars['ID']['input'];
  role: Role;
};

export type ChangedListing = {
  /** The listing fields that differ, e.g. ["deadline", "capacity"]. */
  fields: Array<Scalars['String']['output']>;
  listingId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** A provider’s claim that it meets a criterion, new or changed. */
export type ClaimProviderCriterionInput = {
  criterionId: Scalars['ID']['input'];
  /** What shows the provider meets it (at most 2,000 characters). */
  evidence: Scalars['String']['input'];
  /** An http(s) address with more evidence. */
  evidenceUrl?: InputMaybe<Scalars['String']['input']>;
  /** The technical-assistance provider. */
  partnerId: Scalars['ID']['input'];
  /** The `version` of the current claim you read, when changing one; a stale one is refused. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type ClaimProviderCriterionPayload = {
  claim?: Maybe<ProviderClaim>;
  userErrors: Array<UserError>;
};

/** A comment in a thread. */
export type Comment = Node & {
  authorName: Scalars['String']['output'];
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Whether it was changed after it was written. */
  edited: Scalars['Boolean']['output'];
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** The people named in it. */
  mentions: Array<CommentPerson>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
  /** Whether you wrote it and may still change or delete it. */
  viewerCanEdit: Scalars['Boolean']['output'];
};

export type CommentPayload = {
  comment?: Maybe<Comment>;
  thread?: Maybe<CommentThread>;
  userErrors: Array<UserError>;
};

/** Someone who can be named in a comment. */
export type CommentPerson = {
  /** The global id of the user. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** What a comment thread is about: a submission section, a plan objective, or the vision text. */
export type CommentTargetKind = 'OBJECTIVE' | 'SUBMISSION_SECTION' | 'VISION';

/** A comment thread with its replies. */
export type CommentThread = Node & {
  /** The range, for VISION threads. */
  anchor?: Maybe<VisionAnchor>;
  /** Every comment, oldest first (at most 500). */
  comments: Array<Comment>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** The objective, for OBJECTIVE threads. */
  objective?: Maybe<Objective>;
  resolved: Scalars['Boolean']['output'];
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  resolvedByName?: Maybe<Scalars['String']['output']>;
  /** The submission section, for SUBMISSION_SECTION. */
  sectionKey?: Maybe<Scalars['String']['output']>;
  /** The submission, for SUBMISSION_SECTION threads. */
  submissionId?: Maybe<Scalars['ID']['output']>;
  targetKind: CommentTargetKind;
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
  /** Whether you may reply, resolve and reopen it. */
  viewerCanReply: Scalars['Boolean']['output'];
};

export type CommentThreadConnection = {
  edges: Array<CommentThreadEdge>;
  /** The nodes of `edges`, for when cursors are not needed. */
  nodes: Array<CommentThread>;
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

export type CommentThreadEdge = {
  cursor: Scalars['String']['output'];
  node: CommentThread;
};

export type CommentThreadPayload = {
  thread?: Maybe<CommentThread>;
  userErrors: Array<UserError>;
};

/** Open threads, resolved ones, or both. */
export type CommentThreadState = 'ALL' | 'OPEN' | 'RESOLVED';

/** Resolves or reopens a thread. */
export type CommentThreadStateInput = {
  threadId: Scalars['ID']['input'];
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type Compensation = 'PAID' | 'STIPEND' | 'UNPAID';

/** Who last changed a condition. */
export type ConditionEditor = {
  name: Scalars['String']['output'];
};

/** Dated evidence that a district has a condition in place. */
export type ConditionEvidence = Node & {
  condition: DistrictCondition;
  /** YYYY-MM-DD: when it happened, e.g. the date of a curriculum review. */
  date: Scalars['String']['output'];
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  kind: EvidenceKind;
  note?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** An http or https address. */
  url?: Maybe<Scalars['String']['output']>;
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
};

export type ConditionEvidencePayload = {
  evidence?: Maybe<ConditionEvidence>;
  userErrors: Array<UserError>;
};

/** A plan objective that serves a condition, as readiness shows it; pass `id` to `node(id:)` for the rest (district members and state staff). */
export type ConditionObjective = {
  /** The global id of the Objective. */
  id: Scalars['ID']['output'];
  status: ObjectiveStatus;
  title: Scalars['String']['output'];
};

/** Money allocated to objectives serving each district condition. An objective serving several conditions counts in full under each, so rows can add up to more than the total allocated. */
export type ConditionReport = {
  /** The report as CSV (RFC 4180, amounts in dollars with two decimals). */
  csv: Scalars['String']['output'];
  /** All ten conditions, in their standard order. */
  rows: Array<ConditionReportRow>;
};

export type ConditionReportRow = {
  allocatedCents: Scalars['SafeInt']['output'];
  condition: DistrictCondition;
  label: Scalars['String']['output'];
  /** Objectives serving the condition. */
  objectiveCount: Scalars['Int']['output'];
};

/** How far a district has put a condition for scale in place. */
export type ConditionStatus = 'EMERGING' | 'IN_PLACE' | 'NOT_STARTED' | 'SUSTAINED';

/** A contact person. The public sees only those marked publishable. */
export type Contact = {
  email?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** Whether the contact agreed to be shown publicly. */
  publishable: Scalars['Boolean']['output'];
  title?: Maybe<Scalars['String']['output']>;
  /** Pass it back when updating; a stale value is refused. 0 on a listing's contact, a copy that is never updated. */
  version: Scalars['Int']['output'];
};

export type CreateApiTokenInput = {
  /** Days until the token stops working; none: until revoked. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** A District or PartnerOrganization id. */
  organizationId: Scalars['ID']['input'];
  scope: ApiTokenScope;
};

export type CreateApiTokenPayload = {
  apiToken?: Maybe<ApiToken>;
  /** The secret: shown this once, never again. */
  secret?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

/** Opens a thread on one target: give the fields its kind needs and no others. */
export type CreateCommentThreadInput = {
  /** For VISION: the commented range. */
  anchor?: InputMaybe<VisionAnchorInput>;
  /** The first comment. */
  body: Scalars['String']['input'];
  districtId: Scalars['ID']['input'];
  /** People named in the comment; each is e-mailed. */
  mentionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** For OBJECTIVE: an objective of the district plan. */
  objectiveId?: InputMaybe<Scalars['ID']['input']>;
  /** For SUBMISSION_SECTION: the section, e.g. `areas`. */
  sectionKey?: InputMaybe<Scalars['String']['input']>;
  /** For SUBMISSION_SECTION: one of the district's submissions. */
  submissionId?: InputMaybe<Scalars['ID']['input']>;
  targetKind: CommentTargetKind;
};

/** A new district of a state, created by the state agency. */
export type CreateDistrictInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** NCES LEA ID: 7 digits, the first two the state's FIPS code. */
  ncesLeaId: Scalars['String']['input'];
  /** Short name in public URLs, such as maple-ridge. */
  slug: Scalars['String']['input'];
  /** The state agency; the district is in its state. */
  stateAgencyId: Scalars['ID']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreateDistrictPayload = {
  district?: Maybe<District>;
  userErrors: Array<UserError>;
};

export type CreateFlexibilityAreaInput = {
  applicationId: Scalars['ID']['input'];
  area: FlexibilityAreaKind;
  /** The district conditions it serves. */
  conditions?: InputMaybe<Array<DistrictCondition>>;
  justification?: InputMaybe<Scalars['String']['input']>;
  /** Objectives of the district plan it serves. */
  objectiveIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The state requirement to waive or modify. */
  requirement?: InputMaybe<Scalars['String']['input']>;
};

export type CreateFundingAllocationInput = {
  /** Whole cents; the allocations of a source never exceed its amount. */
  amountCents: Scalars['SafeInt']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  objectiveId: Scalars['ID']['input'];
  purpose: FundingPurpose;
  sourceId: Scalars['ID']['input'];
};

/** A district rule; one with the same program, kind and purpose as a default replaces it for the district. */
export type CreateFundingRuleInput = {
  /** True unless given; false switches a default off. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The share in basis points: 100 is 1%. */
  basisPoints: Scalars['Int']['input'];
  citation?: InputMaybe<Scalars['String']['input']>;
  districtId: Scalars['ID']['input'];
  firstFiscalYear?: InputMaybe<Scalars['Int']['input']>;
  kind: FundingRuleKind;
  lastFiscalYear?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  programId: Scalars['ID']['input'];
  /** Required for SET_ASIDE_MINIMUM. */
  purpose?: InputMaybe<FundingPurpose>;
  /** Applies only when the amount exceeds this. */
  thresholdCents?: InputMaybe<Scalars['SafeInt']['input']>;
};

export type CreateFundingSourceInput = {
  /** The amount in whole cents. */
  amountCents: Scalars['SafeInt']['input'];
  districtId: Scalars['ID']['input'];
  /** e.g. 2026 for FY2026. */
  fiscalYear: Scalars['Int']['input'];
  /** Defaults to "<program> FY<year>". */
  name?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** A program from `fundingPrograms`. */
  programId: Scalars['ID']['input'];
};

export type CreateGoalInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  districtId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

/** A state's indicator (stateAgencyId) or a district's (districtId): give one. */
export type CreateIndicatorInput = {
  category?: InputMaybe<IndicatorCategory>;
  code?: InputMaybe<Scalars['String']['input']>;
  conditions?: InputMaybe<Array<DistrictCondition>>;
  description?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<IndicatorDirection>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  planYears?: InputMaybe<Array<Scalars['Int']['input']>>;
  stateAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Must include ALL_STUDENTS. */
  subgroups?: InputMaybe<Array<Subgroup>>;
  unit?: InputMaybe<IndicatorUnit>;
};

export type CreateObjectiveInput = {
  /** The district conditions it serves. */
  conditions?: InputMaybe<Array<DistrictCondition>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, on or after startDate. */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** ESSA evidence tier 1-4. */
  evidenceTier?: InputMaybe<Scalars['Int']['input']>;
  goalId: Scalars['ID']['input'];
  /** Year 1-5 of the flexibility period. */
  planYear?: InputMaybe<Scalars['Int']['input']>;
  responsibleParty?: InputMaybe<ResponsiblePartyInput>;
  /** YYYY-MM-DD */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** NOT_STARTED unless given. */
  status?: InputMaybe<ObjectiveStatus>;
  title: Scalars['String']['input'];
};

/** A new contact person of a partner. */
export type CreatePartnerContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Whether the person agreed to be shown publicly. */
  publishable?: Scalars['Boolean']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePartnerContactPayload = {
  contact?: Maybe<PartnerContact>;
  partnerOrganization?: Maybe<PartnerOrganization>;
  userErrors: Array<UserError>;
};

/** A partner organization a district adds to PartnerHub. */
export type CreatePartnerOrganizationInput = {
  /** Street address of the main site. */
  address?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  /** Also start a PROSPECT partnership between the district and the new partner. */
  createPartnership?: Scalars['Boolean']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** The district adding the partner; it keeps the profile until the partner has members. */
  districtId: Scalars['ID']['input'];
  kind: PartnerKind;
  name: Scalars['String']['input'];
  /** ZIP code: 12345 or 12345-6789. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Two-letter state code. */
  state?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePartnerOrganizationPayload = {
  partnerOrganization?: Maybe<PartnerOrganization>;
  /** The prospect partnership, when one was asked for. */
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

/** The same as ProposePartnershipInput. */
export type CreatePartnershipInput = {
  /** YYYY-MM-DD, on or after agreementSignedOn. */
  agreementRenewalOn?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  agreementSignedOn?: InputMaybe<Scalars['String']['input']>;
  /** Link to the signed agreement. */
  agreementUrl?: InputMaybe<Scalars['String']['input']>;
  /** What the partner commits to provide. */
  commitments?: InputMaybe<Scalars['String']['input']>;
  /** District conditions it supports. */
  conditions?: InputMaybe<Array<DistrictCondition>>;
  districtContactEmail?: InputMaybe<Scalars['String']['input']>;
  districtContactName?: InputMaybe<Scalars['String']['input']>;
  districtId: Scalars['ID']['input'];
  /** YYYY-MM-DD, on or after startDate. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  participatesInVision?: InputMaybe<Scalars['Boolean']['input']>;
  partnerContactEmail?: InputMaybe<Scalars['String']['input']>;
  partnerContactName?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
  /** YYYY-MM-DD */
  startDate?: InputMaybe<Scalars['String']['input']>;
  status?: PartnershipStatus;
};

export type CreatePartnershipPayload = {
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

/** A new provider criterion, added at the end of the agency’s list. */
export type CreateProviderCriterionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  stateAgencyId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type CreateProviderCriterionPayload = {
  criterion?: Maybe<ProviderCriterion>;
  userErrors: Array<UserError>;
};

export type DecideFlexibilityApplicationInput = {
  /** The additional area decided on (additional-area decisions). */
  areaId?: InputMaybe<Scalars['ID']['input']>;
  /** With APPROVAL: requested areas the state denies. */
  deniedAreaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  kind: FlexibilityDecisionKind;
  rationale: Scalars['String']['input'];
  /** Required for returns: what must change. */
  requiredChanges?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type DecideFlexibilityApplicationPayload = {
  application?: Maybe<FlexibilityApplication>;
  decision?: Maybe<FlexibilityDecision>;
  userErrors: Array<UserError>;
};

/** Declines a partnership request made to your organization. */
export type DeclinePartnershipRequestInput = {
  id: Scalars['ID']['input'];
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type DeclinePartnershipRequestPayload = {
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

export type DeleteCommentInput = {
  id: Scalars['ID']['input'];
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type DeleteCommentPayload = {
  /** The global id of the deleted comment. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** The thread, or null when its only comment was deleted and the thread with it. */
  thread?: Maybe<CommentThread>;
  userErrors: Array<UserError>;
};

export type DeleteEvaluationItemInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DeleteEvaluationItemPayload = {
  deletedId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type DeleteFlexibilityAreaInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DeleteFlexibilityAreaPayload = {
  /** The global id of the deleted area. */
  deletedId?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type DeleteFundingItemInput = {
  id: Scalars['ID']['input'];
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type DeleteFundingItemPayload = {
  /** The global id of what was deleted. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** The source of a deleted allocation. */
  source?: Maybe<FundingSource>;
  userErrors: Array<UserError>;
  warnings: Array<FundingWarning>;
};

/** Removes a contact person. */
export type DeletePartnerContactInput = {
  id: Scalars['ID']['input'];
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type DeletePartnerContactPayload = {
  /** The global id of the removed contact. */
  deletedContactId?: Maybe<Scalars['ID']['output']>;
  partnerOrganization?: Maybe<PartnerOrganization>;
  userErrors: Array<UserError>;
};

export type DeletePlanItemInput = {
  id: Scalars['ID']['input'];
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type DeletePlanItemPayload = {
  /** The global id of what was deleted. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

/** A demo account, listed only in the demo configuration. */
export type DemoAccountType = {
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  organizationName: Scalars['String']['output'];
  password: Scalars['String']['output'];
  role: Role;
};

/** A school district (local education agency). */
export type District = Node & {
  /** API tokens, including revoked ones (district admins). */
  apiTokens: Array<ApiToken>;
  city?: Maybe<Scalars['String']['output']>;
  /** People who can read threads of that kind and whose name contains `search`, to mention. */
  commentMentionCandidates: Array<CommentPerson>;
  /** Comment threads on the district's submissions, objectives and vision that you may read, oldest first. */
  commentThreads: CommentThreadConnection;
  /** A short public introduction. */
  description?: Maybe<Scalars['String']['output']>;
  /** The district's evaluation: its members and its state's staff read it; the public once the summary is published. Cells with small n are suppressed for everyone but the district's evaluation editors. */
  evaluation?: Maybe<DistrictEvaluation>;
  /** The district's flexibility application; its stage, period, granted areas and decisions are public. Null before it was started. */
  flexibilityApplication?: Maybe<FlexibilityApplication>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** People and their roles (district admins). */
  members: Array<Membership>;
  name: Scalars['String']['output'];
  /** NCES LEA ID: 2-digit state FIPS code and 5 digits. */
  ncesLeaId: Scalars['String']['output'];
  /** How many comment threads are open in the district (district staff and its state staff). */
  openCommentCount: Scalars['Int']['output'];
  /** Opportunities in the district's newest published list. */
  opportunities: OpportunityConnection;
  /** A listing of the newest published list by its stable listing id. */
  opportunity?: Maybe<Opportunity>;
  /** The district's live draft list, which district staff and active partners edit together. */
  opportunityDraft: OpportunityDraft;
  /** Counts per type and of closed listings in the district's newest published list. One statement. */
  opportunityFacets: OpportunityFacets;
  opportunityListVersion?: Maybe<OpportunityListVersion>;
  /** Every published version, newest first. */
  opportunityListVersions: Array<OpportunityListVersion>;
  /** Organizations partnering with the district that are in the directory (not archived). */
  partners: PartnerOrganizationConnection;
  /** The district's partnerships you may see: prospects only with 'partnership:read'. */
  partnerships: PartnershipConnection;
  /** Pending invitations (district admins). */
  pendingInvitations: Array<Invitation>;
  /** The district's implementation plan, read and write (district members; state reviewers read it). */
  plan: ImplementationPlan;
  /** The published implementation plan and funding alignment, for anyone. Null until the district publishes its plan; once published it shows the current goals, objectives and allocations (not a frozen copy) until withdrawn. Responsible people and notes are never shown. */
  planSummary?: Maybe<PlanSummary>;
  /** The newest published version. */
  publishedOpportunityList?: Maybe<OpportunityListVersion>;
  /** Where the district stands on the ten District Conditions for Scale (district members and the state's staff; anyone once published). Null when you may not read it. */
  readiness?: Maybe<DistrictReadiness>;
  /** Short name used in public URLs. */
  slug: Scalars['String']['output'];
  /** Two-letter state code. */
  state: Scalars['String']['output'];
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
  /** Whether you may comment on the vision text. */
  viewerCanCommentOnVision: Scalars['Boolean']['output'];
  /** Whether you may correct the district's NCES LEA ID and slug (its state's admins). */
  viewerCanCorrectIdentifiers: Scalars['Boolean']['output'];
  /** Whether you may add partner organizations and partnerships for the district. */
  viewerCanCreatePartner: Scalars['Boolean']['output'];
  /** Whether the viewer may invite, change and remove members. */
  viewerCanManageMembers: Scalars['Boolean']['output'];
  /** Whether the viewer may create and revoke API tokens. */
  viewerCanManageTokens: Scalars['Boolean']['output'];
  /** Whether you may propose partnerships for the district (district staff). */
  viewerCanProposePartnership: Scalars['Boolean']['output'];
  /** Whether the viewer may read the audit log. */
  viewerCanReadAudit: Scalars['Boolean']['output'];
  /** Whether you read the district's private work: its own people, and the staff of its state's agency. */
  viewerCanReadPrivate: Scalars['Boolean']['output'];
  /** Whether you may read the comments on the vision text. */
  viewerCanReadVisionComments: Scalars['Boolean']['output'];
  /** Whether you may comment on its submissions and objectives. */
  viewerCanReviewComment: Scalars['Boolean']['output'];
  /** Whether you may start the flexibility application. */
  viewerCanStartFlexibilityApplication: Scalars['Boolean']['output'];
  /** Whether you may change the district profile. */
  viewerCanUpdate: Scalars['Boolean']['output'];
  /** The district's vision; its adopted text is public. */
  vision: Vision;
  website?: Maybe<Scalars['String']['output']>;
};

/** A school district (local education agency). */
export type DistrictCommentMentionCandidatesArgs = {
  search?: Scalars['String']['input'];
  targetKind?: CommentTargetKind;
};

/** A school district (local education agency). */
export type DistrictCommentThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  objectiveId?: InputMaybe<Scalars['ID']['input']>;
  sectionKey?: InputMaybe<Scalars['String']['input']>;
  state?: CommentThreadState;
  submissionId?: InputMaybe<Scalars['ID']['input']>;
  targetKind?: InputMaybe<CommentTargetKind>;
};

/** A school district (local education agency). */
export type DistrictOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OpportunityOrder>;
};

/** A school district (local education agency). */
export type DistrictOpportunityArgs = {
  listingId: Scalars['ID']['input'];
};

/** A school district (local education agency). */
export type DistrictOpportunityFacetsArgs = {
  filter?: InputMaybe<OpportunityFilter>;
};

/** A school district (local education agency). */
export type DistrictOpportunityListVersionArgs = {
  number: Scalars['Float']['input'];
};

/** A school district (local education agency). */
export type DistrictPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<PartnerKind>>;
  query?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<PartnershipStatus>>;
};

/** A school district (local education agency). */
export type DistrictPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<PartnershipStatus>>;
};

/** A school district (local education agency). */
export type DistrictPlanSummaryArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
};

/** The ten District Conditions for Scale. */
export type DistrictCondition =
  | 'ASSESSMENT'
  | 'CURRICULUM'
  | 'DATA_SYSTEMS'
  | 'INSTRUCTION'
  | 'LEADERSHIP_DEVELOPMENT'
  | 'LEARNING_ENVIRONMENTS'
  | 'PARTNERSHIPS'
  | 'PROFESSIONAL_DEVELOPMENT'
  | 'STUDENT_SUPPORTS'
  | 'TECHNOLOGY_POLICY';

/** Where a district stands on one condition. */
export type DistrictConditionReadiness = {
  condition: DistrictCondition;
  /** Dated evidence, newest first. */
  evidence: Array<ConditionEvidence>;
  /** The district’s indicators (seeded, its state’s and its own) that evidence the condition; the catalog is public. */
  indicators: Array<Indicator>;
  label: Scalars['String']['output'];
  narrative?: Maybe<Scalars['String']['output']>;
  /** The plan objectives tagged with the condition; outside the district and its state only once the plan is published. */
  objectives: Array<ConditionObjective>;
  status: ConditionStatus;
  /** When it was last changed; null before the first change. */
  updatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who last changed it (district members and the state's staff); null before the first change. */
  updatedBy?: Maybe<ConditionEditor>;
  /** Pass it back as `expectedVersion` when updating; 0 before the first change. */
  version: Scalars['Int']['output'];
};

export type DistrictConnection = {
  edges: Array<DistrictEdge>;
  /** The nodes of `edges`, for when cursors are not needed. */
  nodes: Array<District>;
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

export type DistrictEdge = {
  cursor: Scalars['String']['output'];
  node: District;
};

/** A district's evaluation: indicators, targets and values. */
export type DistrictEvaluation = Node & {
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** The district's indicators in display order; archived ones only while they hold values. */
  indicators: Array<EvaluationIndicator>;
  /** Cells with fewer students than this are suppressed for readers. */
  minimumN: Scalars['Int']['output'];
  /** Whether the district published its evaluation summary (then it is public). */
  published: Scalars['Boolean']['output'];
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whether you may enter values and targets. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether you may set the minimum n, publish the summary and add indicators. */
  viewerCanManage: Scalars['Boolean']['output'];
  /** Whether you see every cell as entered (the district's evaluation editors only). */
  viewerSeesUnsuppressed: Scalars['Boolean']['output'];
};

/** A district's evaluation: indicators, targets and values. */
export type DistrictEvaluationIndicatorsArgs = {
  category?: InputMaybe<IndicatorCategory>;
};

/** A district's all-students values against its targets for one school year. */
export type DistrictEvaluationOverview = {
  district: District;
  indicators: Array<EvaluationOverviewIndicator>;
  /** The minimum n in force for the district: smaller cells are withheld. */
  minimumN: Scalars['Int']['output'];
  /** Whether the district published its evaluation summary. */
  published: Scalars['Boolean']['output'];
};

export type DistrictOverviewConnection = {
  edges: Array<DistrictOverviewEdge>;
  /** The nodes of `edges`, for when cursors are not needed. */
  nodes: Array<DistrictOverviewRow>;
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

export type DistrictOverviewEdge = {
  cursor: Scalars['String']['output'];
  node: DistrictOverviewRow;
};

/** Which districts of the state to show; every condition given must hold. */
export type DistrictOverviewFilter = {
  /** True: only districts with objectives at risk or off track; false: only those without. */
  hasObjectivesAtRisk?: InputMaybe<Scalars['Boolean']['input']>;
  /** Words that must all appear in the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Any of these flexibility stages; "NONE" stands for districts without an application. */
  stages?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** One district of a state as the state's staff see it at a glance. */
export type DistrictOverviewRow = {
  district: District;
  /** The first school year of its flexibility period. */
  firstSchoolYear?: Maybe<Scalars['Int']['output']>;
  /** What it aligned to objectives, in cents. */
  fundingAllocatedCents: Scalars['SafeInt']['output'];
  /** All its funding sources, every fiscal year, in cents. */
  fundingAmountCents: Scalars['SafeInt']['output'];
  /** Share of its funding not aligned to any objective (0 to 1); null without funding. */
  fundingUnallocatedShare?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  nextDeadline?: Maybe<OverviewDeadline>;
  /** Objectives of its plan marked at risk. */
  objectivesAtRisk: Scalars['Int']['output'];
  /** Objectives of its plan marked off track. */
  objectivesOffTrack: Scalars['Int']['output'];
  /** Open review comment threads; null when the count is not available. */
  openCommentCount?: Maybe<Scalars['Int']['output']>;
  slug: Scalars['String']['output'];
  /** The stage of its flexibility application; null when it has none. */
  stage?: Maybe<Scalars['String']['output']>;
};

/** Where a district stands on the ten District Conditions for Scale. District members and the state's staff read it; anyone once the district published it. */
export type DistrictReadiness = Node & {
  /** The ten conditions, in the order of the framework. */
  conditions: Array<DistrictConditionReadiness>;
  district: District;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Whether anyone may read it. */
  published: Scalars['Boolean']['output'];
  /** When it was last published; null while unpublished. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  summary: ReadinessSummary;
  /** Whether you may change statuses, narratives and evidence. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether you may publish or withdraw it. */
  viewerCanPublish: Scalars['Boolean']['output'];
};

/** A partner whose listings publishing would hold back now, why, and what would let them through. */
export type DraftHoldBack = {
  /** The partner's number, as a draft listing's `partnerId` holds it. */
  partnerId: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  /** What would let the listings be published. */
  remedy: Scalars['String']['output'];
};

/** An organization that may offer listings in the draft: an active partner. */
export type DraftOfferer = {
  name: Scalars['String']['output'];
  /** The partner's number as a draft listing's `partnerId` holds it. */
  partnerId: Scalars['Int']['output'];
  /** Whether you may add and change the listings it offers. */
  viewerCanEdit: Scalars['Boolean']['output'];
};

export type DraftOpportunityPayload = {
  /** The stable id of the listing in the draft. */
  listingId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

/** One indicator of a district's evaluation. */
export type EvaluationIndicator = {
  indicator: Indicator;
  targets: Array<IndicatorTarget>;
  /** Values, optionally of one school year and of one school (its NCES ID). */
  values: Array<IndicatorCell>;
};

/** One indicator of a district's evaluation. */
export type EvaluationIndicatorValuesArgs = {
  school?: InputMaybe<Scalars['String']['input']>;
  schoolYear?: InputMaybe<Scalars['Int']['input']>;
};

/** One indicator of a district in the state's evaluation overview. */
export type EvaluationOverviewIndicator = {
  indicator: Indicator;
  /** The all-students target for the year, if set. */
  target?: Maybe<Scalars['Float']['output']>;
  /** The district-level all-students value, suppressed like every read. */
  value?: Maybe<IndicatorCell>;
};

export type EvaluationSummaryInput = {
  districtId: Scalars['ID']['input'];
};

export type EvaluationSummaryPayload = {
  evaluation?: Maybe<DistrictEvaluation>;
  userErrors: Array<UserError>;
};

/** What a dated piece of evidence for a condition is. */
export type EvidenceKind =
  | 'ASSESSMENT_SYSTEM'
  | 'CURRICULUM_REVIEW'
  | 'DOCUMENT'
  | 'LINK'
  | 'OTHER'
  | 'PROFESSIONAL_LEARNING_PROGRAM'
  | 'TECHNOLOGY_ACCESS_POLICY';

/** Every fiscal year of the district, newest first (ignores the report year). */
export type FiscalYearReport = {
  /** The report as CSV (RFC 4180, amounts in dollars with two decimals). */
  csv: Scalars['String']['output'];
  rows: Array<FiscalYearReportRow>;
};

export type FiscalYearReportRow = {
  allocatedCents: Scalars['SafeInt']['output'];
  amountCents: Scalars['SafeInt']['output'];
  fiscalYear: Scalars['Int']['output'];
  sourceCount: Scalars['Int']['output'];
  unallocatedCents: Scalars['SafeInt']['output'];
};

/** A district's application for state policy flexibility. */
export type FlexibilityApplication = Node & {
  /** Every area, requested or not yet submitted (district members and state staff). */
  areas: Array<FlexibilityArea>;
  /** The four assurances with the district's narratives (district members and state staff). */
  assurances: Array<FlexibilityAssurance>;
  /** The application as it would be submitted now, with its evidence from the adopted vision, the plan and the funding report (district members and state staff). */
  currentSections: Array<FlexibilitySection>;
  /** The deadlines of the period. */
  deadlines: Array<FlexibilityDeadline>;
  /** The state's decisions, newest first (public). */
  decisions: FlexibilityDecisionConnection;
  district: District;
  /** The school year Year 1 begins: 2027 means 2027-28. */
  firstSchoolYear: Scalars['Int']['output'];
  /** The areas the state granted (public). */
  grantedAreas: Array<FlexibilityArea>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** What the district works toward now; null while the state decides and once completed. */
  nextDeadline?: Maybe<FlexibilityDeadline>;
  period: FlexibilityPeriod;
  stage: FlexibilityStage;
  /** Submissions, newest first (district members and state staff). */
  submissions: FlexibilitySubmissionConnection;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
  /** Whether you may record the state's decisions. */
  viewerCanDecide: Scalars['Boolean']['output'];
  /** Whether you may change areas and assurances. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether you may see the application beyond its public parts. */
  viewerCanRead: Scalars['Boolean']['output'];
  /** Whether you may submit the application to the state. */
  viewerCanSubmit: Scalars['Boolean']['output'];
};

/** A district's application for state policy flexibility. */
export type FlexibilityApplicationDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A district's application for state policy flexibility. */
export type FlexibilityApplicationSubmissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type FlexibilityApplicationPayload = {
  application?: Maybe<FlexibilityApplication>;
  userErrors: Array<UserError>;
};

/** An area of flexibility a district requests. */
export type FlexibilityArea = Node & {
  /** Whether it was requested during implementation, after approval. */
  additional: Scalars['Boolean']['output'];
  area: FlexibilityAreaKind;
  /** The district conditions it serves. */
  conditions: Array<DistrictCondition>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  justification?: Maybe<Scalars['String']['output']>;
  /** Objectives of the plan it serves (district members and state staff). */
  objectives: Array<Objective>;
  /** The state requirement to waive or modify, e.g. seat time. */
  requirement: Scalars['String']['output'];
  status: FlexibilityAreaStatus;
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
};

/** One of the five areas of flexibility of the State Policy Framework. */
export type FlexibilityAreaKind =
  | 'ASSESSMENT_AND_STUDENT_SUPPORTS'
  | 'CURRICULUM_AND_INSTRUCTION'
  | 'LEARNING_ENVIRONMENTS_AND_PARTNERSHIPS'
  | 'PROFESSIONAL_AND_LEADERSHIP_DEVELOPMENT'
  | 'TECHNOLOGY_AND_DATA';

export type FlexibilityAreaPayload = {
  area?: Maybe<FlexibilityArea>;
  userErrors: Array<UserError>;
};

/** Proposed (additional, not yet submitted), requested, granted, denied or returned. */
export type FlexibilityAreaStatus = 'DENIED' | 'GRANTED' | 'PROPOSED' | 'REQUESTED' | 'RETURNED';

/** One of the four assurances with the district's narrative. */
export type FlexibilityAssurance = {
  kind: AssuranceKind;
  narrative?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** A date the district must meet. */
export type FlexibilityDeadline = {
  /** YYYY-MM-DD */
  date: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** A state's decision on a flexibility application. */
export type FlexibilityDecision = Node & {
  decidedAt: Scalars['DateTimeISO']['output'];
  /** The state reviewer or admin who decided. */
  decidedByName: Scalars['String']['output'];
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  kind: FlexibilityDecisionKind;
  rationale: Scalars['String']['output'];
  /** What the district must change (returns). */
  requiredChanges?: Maybe<Scalars['String']['output']>;
  /** The stage the decision moved the application to. */
  stageAfter: FlexibilityStage;
  /** The stage before the decision. */
  stageBefore: FlexibilityStage;
};

export type FlexibilityDecisionConnection = {
  edges: Array<FlexibilityDecisionEdge>;
  /** The nodes of `edges`, for when cursors are not needed. */
  nodes: Array<FlexibilityDecision>;
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

export type FlexibilityDecisionEdge = {
  cursor: Scalars['String']['output'];
  node: FlexibilityDecision;
};

/** The state's decision on a submission. */
export type FlexibilityDecisionKind =
  | 'ADDITIONAL_AREA_APPROVAL'
  | 'ADDITIONAL_AREA_RETURN'
  | 'APPROVAL'
  | 'CONDITIONAL_APPROVAL'
  | 'RETURN_FOR_REVISION';

export type FlexibilityDiffLine = {
  op: FlexibilityDiffOp;
  /** For CHANGED lines, the text it replaced. */
  previousText?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

/** How a line changed. */
export type FlexibilityDiffOp = 'ADDED' | 'CHANGED' | 'REMOVED';

/** The five school years of a flexibility period. */
export type FlexibilityPeriod = {
  /** The year of the period (1-5) today falls in. */
  currentYear?: Maybe<Scalars['Int']['output']>;
  firstSchoolYear: Scalars['Int']['output'];
  /** e.g. "2027-28 to 2031-32". */
  label: Scalars['String']['output'];
};

/** A section of an application as lines of text. */
export type FlexibilitySection = {
  /** Stable across submissions, e.g. "assurance:PLANNING_PROCESS" or "vision". */
  key: Scalars['String']['output'];
  lines: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** How one section changed between two submissions. */
export type FlexibilitySectionDiff = {
  key: Scalars['String']['output'];
  lines: Array<FlexibilityDiffLine>;
  op: FlexibilityDiffOp;
  title: Scalars['String']['output'];
};

/** Stage of a flexibility application in its five-year cycle. */
export type FlexibilityStage =
  | 'APPLIED'
  | 'APPROVED'
  | 'COMPLETED'
  | 'CONDITIONALLY_APPROVED'
  | 'DRAFT'
  | 'PLAN_SUBMITTED'
  | 'RETURNED'
  | 'SUSTAINABILITY_PLAN_SUBMITTED';

/** An immutable snapshot of a submitted application. */
export type FlexibilitySubmission = Node & {
  /** What changed since another submission of the same application (by default the one before); sections that did not change are left out. */
  changes: Array<FlexibilitySectionDiff>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  kind: FlexibilitySubmissionKind;
  /** Numbered from 1 per application. */
  number: Scalars['Int']['output'];
  /** What was submitted, section by section. */
  sections: Array<FlexibilitySection>;
  submittedAt: Scalars['DateTimeISO']['output'];
  submittedByName: Scalars['String']['output'];
};

/** An immutable snapshot of a submitted application. */
export type FlexibilitySubmissionChangesArgs = {
  since?: InputMaybe<Scalars['ID']['input']>;
};

export type FlexibilitySubmissionConnection = {
  edges: Array<FlexibilitySubmissionEdge>;
  /** The nodes of `edges`, for when cursors are not needed. */
  nodes: Array<FlexibilitySubmission>;
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

export type FlexibilitySubmissionEdge = {
  cursor: Scalars['String']['output'];
  node: FlexibilitySubmission;
};

/** What a submission asks the state for. */
export type FlexibilitySubmissionKind =
  'ADDITIONAL_AREA' | 'APPLICATION' | 'IMPLEMENTATION_PLAN' | 'SUSTAINABILITY_PLAN';

/** Money from a funding source aligned to an objective. */
export type FundingAllocation = Node & {
  /** The amount in whole cents. */
  amountCents: Scalars['SafeInt']['output'];
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  objective: Objective;
  purpose: FundingPurpose;
  source: FundingSource;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
};

export type FundingAllocationPayload = {
  allocation?: Maybe<FundingAllocation>;
  /** The source, with its new balance. */
  source?: Maybe<FundingSource>;
  userErrors: Array<UserError>;
  /** Warnings about this allocation's purpose and the source's set-asides after the change. */
  warnings: Array<FundingWarning>;
};

/** A funding program, with its Assistance Listing Number. */
export type FundingProgram = Node & {
  /** Purposes the program allows; null when it restricts none. */
  allowedUses?: Maybe<Array<FundingPurpose>>;
  /** Assistance Listing Number of a federal program, e.g. 84.010. */
  aln?: Maybe<Scalars['String']['output']>;
  /** Stable code, e.g. TITLE_I_A. */
  code: Scalars['String']['output'];
  /** Default rules, current and historical. */
  defaultRules: Array<FundingRule>;
  description?: Maybe<Scalars['String']['output']>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  kind: FundingProgramKind;
  /** e.g. "Title I, Part A". */
  name: Scalars['String']['output'];
  /** Display order. */
  position: Scalars['Int']['output'];
};

export type FundingProgramKind = 'FEDERAL' | 'LOCAL' | 'PRIVATE' | 'STATE';

/** What an allocation pays for; each program lists the purposes it allows. */
export type FundingPurpose =
  | 'ADMINISTRATION'
  | 'ASSESSMENT'
  | 'CAREER_PREPARATION'
  | 'CLASS_SIZE_REDUCTION'
  | 'EXTENDED_LEARNING'
  | 'FAMILY_ENGAGEMENT'
  | 'INDUCTION_MENTORING'
  | 'LEADERSHIP_DEVELOPMENT'
  | 'MENTORING'
  | 'OTHER'
  | 'PROFESSIONAL_DEVELOPMENT'
  | 'RECRUITMENT_RETENTION'
  | 'STUDENT_SUPPORTS'
  | 'TECHNOLOGY'
  | 'WORK_BASED_LEARNING';

/** Funding reports of one fiscal year, or of every year when none was given. */
export type FundingReport = {
  byCondition: ConditionReport;
  byFiscalYear: FiscalYearReport;
  byGoal: GoalReport;
  byProgram: ProgramReport;
  bySource: SourceReport;
  /** Null: every fiscal year. */
  fiscalYear?: Maybe<Scalars['Int']['output']>;
  unallocated: UnallocatedReport;
};

/** A set-aside or fiscal rule of a funding program, as data. */
export type FundingRule = Node & {
  /** Inactive rules are history: shown, never applied. */
  active: Scalars['Boolean']['output'];
  /** The share in basis points of the amount: 100 is 1%. */
  basisPoints: Scalars['Int']['output'];
  /** The statute or guidance, e.g. "ESEA section 1116(a)(3)". */
  citation?: Maybe<Scalars['String']['output']>;
  /** First fiscal year the rule covers; null: no limit. */
  firstFiscalYear?: Maybe<Scalars['Int']['output']>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** True for a default rule; false for a district rule. */
  isDefault: Scalars['Boolean']['output'];
  kind: FundingRuleKind;
  /** Last fiscal year the rule covers; null: no limit. */
  lastFiscalYear?: Maybe<Scalars['Int']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  program: FundingProgram;
  /** The purpose a set-aside is for. */
  purpose?: Maybe<FundingPurpose>;
  /** One sentence on what the rule asks. */
  summary: Scalars['String']['output'];
  /** The rule applies only when the amount exceeds this many cents. */
  thresholdCents?: Maybe<Scalars['SafeInt']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
};

/** SET_ASIDE_MINIMUM: at least a share of the amount for a purpose; CARRYOVER_MAXIMUM: at most a share left unallocated; STATE_RESERVATION: what the state reserves, shown for information. */
export type FundingRuleKind =
  /** At most `basisPoints` of the amount left unallocated. */
  | 'CARRYOVER_MAXIMUM'
  /** At least `basisPoints` of the amount for `purpose`. */
  | 'SET_ASIDE_MINIMUM'
  /** Reserved by the state; information only, never a warning. */
  | 'STATE_RESERVATION';

export type FundingRulePayload = {
  rule?: Maybe<FundingRule>;
  userErrors: Array<UserError>;
};

/** Money from one program for one fiscal year. */
export type FundingSource = Node & {
  allocatedCents: Scalars['SafeInt']['output'];
  allocations: Array<FundingAllocation>;
  /** The amount in whole cents. */
  amountCents: Scalars['SafeInt']['output'];
  /** e.g. 2026 for FY2026. */
  fiscalYear: Scalars['Int']['output'];
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** e.g. "Title I, Part A FY2026"; used in messages and reports. */
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  program: FundingProgram;
  /** The set-aside and fiscal rules in force for this source. */
  rules: Array<FundingRule>;
  unallocatedCents: Scalars['SafeInt']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
  /** Set-asides not met and carryover over its limit. */
  warnings: Array<FundingWarning>;
};

export type FundingSourcePayload = {
  source?: Maybe<FundingSource>;
  userErrors: Array<UserError>;
  /** The source's warnings after the change. */
  warnings: Array<FundingWarning>;
};

/** Something worth a second look that did not stop the change. */
export type FundingWarning = {
  /** PURPOSE_NOT_ALLOWABLE, SET_ASIDE_UNMET or CARRYOVER_OVER_LIMIT. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A goal of an implementation plan. */
export type Goal = Node & {
  /** Money aligned to the goal's objectives. */
  allocatedCents: Scalars['SafeInt']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** The objectives in order. */
  objectives: Array<Objective>;
  /** Order within the plan, from 0. */
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
};

/** A goal of an implementation plan. */
export type GoalAllocatedCentsArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
};

export type GoalFundingSummary = {
  allocatedCents: Scalars['SafeInt']['output'];
  goalTitle: Scalars['String']['output'];
};

export type GoalPayload = {
  goal?: Maybe<Goal>;
  userErrors: Array<UserError>;
};

/** Money allocated per goal and per objective, in plan order. */
export type GoalReport = {
  /** The report as CSV (RFC 4180, amounts in dollars with two decimals). One line per objective. */
  csv: Scalars['String']['output'];
  goals: Array<GoalReportRow>;
  totalAllocatedCents: Scalars['SafeInt']['output'];
};

export type GoalReportRow = {
  allocatedCents: Scalars['SafeInt']['output'];
  goal: Goal;
  objectives: Array<ObjectiveReportRow>;
};

/** A valid listing left out of a publication, and why. */
export type HeldBackListing = {
  listingId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

export type IdInput = {
  id: Scalars['ID']['input'];
};

/** A district's implementation plan: goals with their objectives, and the money aligned to them. */
export type ImplementationPlan = Node & {
  district: District;
  /** Fiscal years with a funding source, newest first. */
  fiscalYears: Array<Scalars['Int']['output']>;
  /** Reports by source, program, goal, condition and year. */
  fundingReport: FundingReport;
  /** The default rules of every program and the district's own rules, which replace defaults. */
  fundingRules: Array<FundingRule>;
  /** Funding sources, newest fiscal year first. */
  fundingSources: Array<FundingSource>;
  /** The goals in plan order. */
  goals: Array<Goal>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** When the plan was published; from then on its public summary is readable by anyone and shows the current goals, objectives and allocations (not a frozen copy). Null while unpublished. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who published it. */
  publishedByName?: Maybe<Scalars['String']['output']>;
  /** Whether you may change the district's funding rules. */
  viewerCanManageFundingRules: Scalars['Boolean']['output'];
  /** Whether you may publish or withdraw the plan. */
  viewerCanPublish: Scalars['Boolean']['output'];
  /** Whether you may change goals and objectives. */
  viewerCanUpdate: Scalars['Boolean']['output'];
  /** Whether you may change funding sources and allocations. */
  viewerCanUpdateFunding: Scalars['Boolean']['output'];
};

/** A district's implementation plan: goals with their objectives, and the money aligned to them. */
export type ImplementationPlanFundingReportArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
};

/** A district's implementation plan: goals with their objectives, and the money aligned to them. */
export type ImplementationPlanFundingSourcesArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
};

export type ImportIndicatorValuesInput = {
  /** CSV with a header row: indicator_code, school_year, nces_school_id (optional), subgroup, value, n, source. */
  csv: Scalars['String']['input'];
  districtId: Scalars['ID']['input'];
  /** Check every row and save nothing. */
  dryRun: Scalars['Boolean']['input'];
};

export type ImportIndicatorValuesPayload = {
  /** Whether the values were saved (never on a dry run or a problem). */
  applied: Scalars['Boolean']['output'];
  problems: Array<ImportProblem>;
  /** The rows read. */
  rowCount: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

/** Listings to add to the draft list, one CSV row each (columns as the CSV export). */
export type ImportOpportunitiesCsvInput = {
  /** RFC 4180 CSV with a header row; at most 1,000 rows. */
  csv: Scalars['String']['input'];
  districtId: Scalars['ID']['input'];
  /** Only check the rows; add nothing. */
  dryRun?: Scalars['Boolean']['input'];
  /** Add the valid rows even when others are invalid. */
  skipInvalid?: Scalars['Boolean']['input'];
};

export type ImportOpportunitiesCsvPayload = {
  importedCount: Scalars['Int']['output'];
  rows: Array<ImportedRow>;
  userErrors: Array<UserError>;
};

/** A problem with one row of an imported CSV. */
export type ImportProblem = {
  /** The column, e.g. "n"; null for the whole row. */
  column?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The line of the file, the header being line 1. */
  row: Scalars['Int']['output'];
};

/** One data row of an imported CSV: what it would add and what is wrong with it. */
export type ImportedRow = {
  /** The new listing, when the row was added. */
  listingId?: Maybe<Scalars['ID']['output']>;
  problems: Array<ListingFieldProblem>;
  /** The data row, from 1 (the header is not counted). */
  row: Scalars['Int']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

/** An evaluation indicator of the catalog. */
export type Indicator = Node & {
  /** Archived indicators take no new values. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  category: IndicatorCategory;
  /** Stable code, unique in its scope, e.g. ATTENDANCE_RATE. */
  code: Scalars['String']['output'];
  /** The District Conditions for Scale it evidences. */
  conditions: Array<DistrictCondition>;
  description: Scalars['String']['output'];
  direction: IndicatorDirection;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Years of the flexibility period (1-5) the indicator is for. */
  planYears: Array<Scalars['Int']['output']>;
  /** Display order. */
  position: Scalars['Int']['output'];
  /** The subgroups values are reported by. */
  subgroups: Array<Subgroup>;
  unit: IndicatorUnit;
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
  /** Whether you may change or archive it: a state's admins their state's, a district's admins their district's; seeded ones are fixed. */
  viewerCanUpdate: Scalars['Boolean']['output'];
};

/** Culture (Years 1-2), student performance (Years 3-5), sustainability (Year 5). */
export type IndicatorCategory = 'CULTURE' | 'PERFORMANCE' | 'SUSTAINABILITY';

/** One value of an indicator for a school year, a subgroup and the district or one school. value and n are null when the cell is suppressed. */
export type IndicatorCell = {
  id: Scalars['ID']['output'];
  /** The number of students behind the value. */
  n?: Maybe<Scalars['Int']['output']>;
  /** The school's NCES ID; null at district level. */
  schoolNcesId?: Maybe<Scalars['String']['output']>;
  /** First calendar year of the school year: 2026 for 2026-27. */
  schoolYear: Scalars['Int']['output'];
  source?: Maybe<Scalars['String']['output']>;
  subgroup: Subgroup;
  suppression: CellSuppression;
  value?: Maybe<Scalars['Float']['output']>;
  /** Pass it back when changing the cell; null unless you are the district's evaluation editor. */
  version?: Maybe<Scalars['Int']['output']>;
  /** Whether everyone but the district's evaluation editors sees this cell withheld; editors see it to know what readers will not. */
  withheldFromReaders: Scalars['Boolean']['output'];
};

export type IndicatorDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

export type IndicatorPayload = {
  indicator?: Maybe<Indicator>;
  userErrors: Array<UserError>;
};

/** A district's target for an indicator in a school year. */
export type IndicatorTarget = Node & {
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  indicator: Indicator;
  /** The district-level value of the target's subgroup in the newest year that has one. */
  latestValue?: Maybe<IndicatorCell>;
  /** Objectives of the district's plan it evidences (district members and state staff). */
  objectives: Array<Objective>;
  /** First calendar year of the school year: 2026 for 2026-27. */
  schoolYear: Scalars['Int']['output'];
  subgroup: Subgroup;
  value: Scalars['Float']['output'];
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
};

export type IndicatorTargetPayload = {
  target?: Maybe<IndicatorTarget>;
  userErrors: Array<UserError>;
};

/** RATE and PERCENT take 0 to 100; COUNT a whole number from 0; SCALE_SCORE a number from 0; MEAN_SURVEY_SCORE 1 to 5. */
export type IndicatorUnit = 'COUNT' | 'MEAN_SURVEY_SCORE' | 'PERCENT' | 'RATE' | 'SCALE_SCORE';

/** One value of an indicator; an existing cell with the same key is replaced. */
export type IndicatorValueInput = {
  indicatorId: Scalars['ID']['input'];
  /** The number of students behind the value. */
  n: Scalars['Int']['input'];
  /** 12-digit NCES school ID; omit for the district level. */
  schoolNcesId?: InputMaybe<Scalars['String']['input']>;
  /** First calendar year of the school year: 2026 for 2026-27. */
  schoolYear: Scalars['Int']['input'];
  /** Where the value comes from (at most 200 characters). */
  source?: InputMaybe<Scalars['String']['input']>;
  subgroup: Subgroup;
  value: Scalars['Float']['input'];
  /** The version of the cell you changed; a newer one is refused as stale. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** An invitation to join an organization, as its admins see it. */
export type Invitation = Node & {
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  role: Role;
};

/** What an invitation link offers, shown before accepting it. */
export type InvitationPreview = {
  /** Whether an account with this e-mail exists (then sign in to accept). */
  accountExists: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  organizationName: Scalars['String']['output'];
  role: Role;
  status: InvitationStatus;
};

export type InvitationStatus = 'ACCEPTED' | 'EXPIRED' | 'PENDING' | 'REVOKED';

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  /** A District or PartnerOrganization id. */
  organizationId: Scalars['ID']['input'];
  role: Role;
};

export type InviteMemberPayload = {
  invitation?: Maybe<Invitation>;
  userErrors: Array<UserError>;
};

/** The partnerships and published listings an objective relies on. */
export type LinkObjectiveInput = {
  /** Replaces the linked listings (stable listing ids); omit to keep them. */
  listingIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  objectiveId: Scalars['ID']['input'];
  /** Replaces the linked partnerships; omit to keep them. */
  partnershipIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type ListingFieldProblem = {
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A problem of one draft listing that keeps the list from being published. */
export type ListingProblemType = {
  /** The listing field, e.g. "summary". */
  field: Scalars['String']['output'];
  listingId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

/** A listing named in a comparison of two versions. */
export type ListingRef = {
  listingId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type LocationMode = 'HYBRID' | 'ON_SITE' | 'REMOTE';

export type MarkNotificationsReadInput = {
  /** Global ids of the viewer’s notifications to mark read (at most 100); omit to mark all. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MarkNotificationsReadPayload = {
  /** How many notifications were unread and are read now. */
  marked: Scalars['Int']['output'];
  unreadNotificationCount: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

/** A person's role in a district, a partner organization or a state agency. */
export type Membership = Node & {
  createdAt: Scalars['DateTimeISO']['output'];
  district?: Maybe<District>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  partner?: Maybe<PartnerOrganization>;
  role: Role;
  stateAgency?: Maybe<StateAgency>;
  user: User;
};

export type MembershipPayload = {
  membership?: Maybe<Membership>;
  userErrors: Array<UserError>;
};

export type Mutation = {
  /** Accepts an invitation: joins as the signed-in person, or creates an account and signs in. */
  acceptInvitation: AcceptInvitationPayload;
  /** Accepts a pending request as the side that was asked (its admins); the partnership becomes ACTIVE. */
  acceptPartnershipRequest: AcceptPartnershipRequestPayload;
  /** Adds dated evidence to a condition (district admins and staff). */
  addConditionEvidence: ConditionEvidencePayload;
  /** Records the board's adoption of a version: it becomes the district's public vision, replacing the one adopted before (district admins). */
  adoptVisionVersion: VisionVersionPayload;
  /** Archives an indicator: it keeps its values, takes no new ones. */
  archiveIndicator: IndicatorPayload;
  /** Takes a partner out of the public directory; its partnerships and history stay. */
  archivePartnerOrganization: ArchivePartnerOrganizationPayload;
  /** Records or changes the district’s assessment of a technical-assistance provider against one criterion of its state. */
  assessProvider: AssessProviderPayload;
  /** Changes a member's role (organization admins). */
  changeMemberRole: MembershipPayload;
  /** A technical-assistance provider claims it meets a provider criterion, with evidence. */
  claimProviderCriterion: ClaimProviderCriterionPayload;
  /** Creates an API token; the secret is in the payload, once. */
  createApiToken: CreateApiTokenPayload;
  /** Opens a thread on a submission section or an objective (district staff, state staff) or on a range of the vision text (people who edit the vision, state staff). */
  createCommentThread: CommentThreadPayload;
  /** Adds a district of the agency's state (state admins). */
  createDistrict: CreateDistrictPayload;
  /** Requests an area of flexibility; once the plan is approved, an additional area (district admins and staff). */
  createFlexibilityArea: FlexibilityAreaPayload;
  /** Aligns part of a source to an objective; refused when it would exceed the source's unallocated balance (district admins and staff). */
  createFundingAllocation: FundingAllocationPayload;
  /** Adds a set-aside or fiscal rule for the district (district admins). */
  createFundingRule: FundingRulePayload;
  /** Records money from a program for a fiscal year (district admins and staff). */
  createFundingSource: FundingSourcePayload;
  /** Adds a goal to the district plan (district admins and staff). */
  createGoal: GoalPayload;
  /** Adds an indicator for every district of a state (state admins) or for one district (its admins). */
  createIndicator: IndicatorPayload;
  /** Adds an objective to a goal (district admins and staff). */
  createObjective: ObjectivePayload;
  /** Adds a contact person to a partner. */
  createPartnerContact: CreatePartnerContactPayload;
  /** Adds a partner organization for a district (district staff), by default as a prospect. */
  createPartnerOrganization: CreatePartnerOrganizationPayload;
  /**
   * The same as proposePartnership.
   * @deprecated Use proposePartnership.
   */
  createPartnership: CreatePartnershipPayload;
  /** Publishes a new provider criterion. */
  createProviderCriterion: CreateProviderCriterionPayload;
  /** Records the state's decision with its rationale; public, and e-mailed to the district's admins (state admins; state reviewers where the agency allows). */
  decideFlexibilityApplication: DecideFlexibilityApplicationPayload;
  /** Declines a pending request as the side that was asked (its admins); nothing is shared. */
  declinePartnershipRequest: DeclinePartnershipRequestPayload;
  /** Deletes your own comment; deleting the only comment of a thread deletes the thread. */
  deleteComment: DeleteCommentPayload;
  /** Removes an area the state has not decided on (district admins and staff). */
  deleteFlexibilityArea: DeleteFlexibilityAreaPayload;
  /** Removes an allocation (district admins and staff). */
  deleteFundingAllocation: DeleteFundingItemPayload;
  /** Deletes one of the district's rules; the defaults it replaced apply again (district admins). */
  deleteFundingRule: DeleteFundingItemPayload;
  /** Deletes a funding source without allocations (district admins and staff). */
  deleteFundingSource: DeleteFundingItemPayload;
  /** Deletes a goal and its objectives, unless money is allocated to them (district admins and staff). */
  deleteGoal: DeletePlanItemPayload;
  /** Deletes a target (district admins and staff). */
  deleteIndicatorTarget: DeleteEvaluationItemPayload;
  /** Deletes one value (district admins and staff). */
  deleteIndicatorValue: DeleteEvaluationItemPayload;
  /** Deletes an objective, unless money is allocated to it (district admins and staff). */
  deleteObjective: DeletePlanItemPayload;
  /** Removes a partner's contact person. */
  deletePartnerContact: DeletePartnerContactPayload;
  /** Imports values from CSV: a dry run checks every row; otherwise all rows are saved, or none when any has a problem (district admins and staff). */
  importIndicatorValues: ImportIndicatorValuesPayload;
  /** Checks CSV rows as listings and adds them to the live draft list: all or none unless skipInvalid; none with dryRun (as submitOpportunity). */
  importOpportunitiesCsv: ImportOpportunitiesCsvPayload;
  /** Invites someone by e-mail to join an organization with a role. */
  inviteMember: InviteMemberPayload;
  /** Sets the partnerships and published listings an objective relies on (district admins and staff). */
  linkObjective: ObjectivePayload;
  /** Marks the viewer's notifications read: the given ones, or all. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** A district proposes a partnership to a partner (district staff). To a partner with an admin of its own it is a request the partner's admins accept or decline (they are e-mailed); to a partner the district manages it is agreed at once. */
  proposePartnership: ProposePartnershipPayload;
  /** A partner proposes a partnership to a district (the partner's admins); the district's admins accept or decline it and are e-mailed. */
  proposePartnershipToDistrict: ProposePartnershipToDistrictPayload;
  /** Publishes the district's evaluation summary: the public then sees its suppressed values (district admins). */
  publishEvaluationSummary: EvaluationSummaryPayload;
  /** Publishes the live draft list as the next immutable, numbered version when every listing is valid (district admins and staff). */
  publishOpportunityList: PublishOpportunityListPayload;
  /** Publishes the plan: its summary becomes public at `district.planSummary` (district admins). */
  publishPlan: PlanPayload;
  /** Makes the district's readiness readable by anyone (district admins). */
  publishReadiness: ReadinessPayload;
  /** Creates or updates the partnership's vetting record of one kind (district staff). */
  recordVetting: RecordVettingPayload;
  /** Removes evidence (district admins and staff). */
  removeConditionEvidence: RemoveConditionEvidencePayload;
  /** Removes a member (organization admins), or leaves (the member). */
  removeMember: MembershipPayload;
  /** Removes a vetting record (district staff). */
  removeVetting: RemoveVettingPayload;
  /** Opens a resolved thread again (whoever may reply). */
  reopenCommentThread: CommentThreadPayload;
  /** Puts a goal's objectives in a new order (district admins and staff). */
  reorderObjectives: GoalPayload;
  /** Adds a comment to a thread (whoever may open one there). */
  replyToCommentThread: CommentPayload;
  /** E-mails a password reset link if the address has an account. */
  requestPasswordReset: RequestPasswordResetPayload;
  /** Sets a new password from an e-mailed link and signs in. */
  resetPassword: ResetPasswordPayload;
  /** Marks a thread resolved (whoever may reply). */
  resolveCommentThread: CommentThreadPayload;
  /** Makes the live vision text equal to a saved version, as a new edit every open editor sees at once; history is kept (vision editors). */
  restoreVisionVersion: VisionVersionPayload;
  /** Revokes an API token at once. */
  revokeApiToken: RevokeApiTokenPayload;
  /** Withdraws a pending invitation; its link stops working. */
  revokeInvitation: RevokeInvitationPayload;
  /** Saves the live vision text as the next numbered, named version (vision editors). */
  saveVisionVersion: VisionVersionPayload;
  /** Sets a district's (its admins) or a state's (state admins) minimum n; the one in force is the highest of 10 and both. */
  setEvaluationMinimumN: SetEvaluationMinimumNPayload;
  /** Signs in with e-mail and password; sets the session cookie. */
  signIn: SignInPayload;
  /** Ends this session and clears the cookie. */
  signOut: SignOutPayload;
  /** Ends every session of the signed-in person, on every device. */
  signOutEverywhere: SignOutPayload;
  /** Starts the district's flexibility application as a draft (district admins and staff). */
  startFlexibilityApplication: FlexibilityApplicationPayload;
  /** Submits the application to the state as an immutable snapshot with the adopted vision, plan and funding report (district admins). */
  submitFlexibilityApplication: SubmitFlexibilityApplicationPayload;
  /** Adds a listing to the district's live draft list; open editors see it at once (district writers for any active partner or the district, partner writers for their own partner). */
  submitOpportunity: DraftOpportunityPayload;
  /** Brings an archived partner back into the public directory. */
  unarchivePartnerOrganization: UnarchivePartnerOrganizationPayload;
  /** Withdraws the district's evaluation summary from the public (district admins). */
  unpublishEvaluationSummary: EvaluationSummaryPayload;
  /** Withdraws the public plan summary (district admins). */
  unpublishPlan: PlanPayload;
  /** Withdraws the district's readiness from public view (district admins). */
  unpublishReadiness: ReadinessPayload;
  /** Changes the text of your own comment. */
  updateComment: CommentPayload;
  /** Changes evidence (district admins and staff). */
  updateConditionEvidence: ConditionEvidencePayload;
  /** Changes the district profile (district admins; the state's admins, who may also correct its NCES LEA ID and slug). */
  updateDistrict: UpdateDistrictPayload;
  /** Sets a condition's status and narrative (district admins and staff). */
  updateDistrictCondition: UpdateDistrictConditionPayload;
  /** Changes fields of a listing in the live draft list; open editors see it at once (partner writers only for their own listings). */
  updateDraftOpportunity: DraftOpportunityPayload;
  /** Changes the period or the assurance narratives (district admins and staff). */
  updateFlexibilityApplication: FlexibilityApplicationPayload;
  /** Changes an area the state has not decided on (district admins and staff). */
  updateFlexibilityArea: FlexibilityAreaPayload;
  /** Changes an allocation (district admins and staff). */
  updateFundingAllocation: FundingAllocationPayload;
  /** Changes one of the district's rules (district admins). */
  updateFundingRule: FundingRulePayload;
  /** Changes a funding source; its amount never goes below what is allocated (district admins and staff). */
  updateFundingSource: FundingSourcePayload;
  /** Changes a goal (district admins and staff). */
  updateGoal: GoalPayload;
  /** Changes a state's or a district's indicator. */
  updateIndicator: IndicatorPayload;
  /** Sets how the viewer hears of the given kinds by e-mail: at once, in a daily digest, or not. */
  updateNotificationPreferences: UpdateNotificationPreferencesPayload;
  /** Changes an objective; a new status goes into its status history (district admins and staff). */
  updateObjective: ObjectivePayload;
  /** Changes a partner's contact person. */
  updatePartnerContact: UpdatePartnerContactPayload;
  /** Changes a partner's profile (its members; partnered district staff until it has members). */
  updatePartnerOrganization: UpdatePartnerOrganizationPayload;
  /** Changes a partnership, its status included (district staff). Until the partner accepts it stays a PROSPECT, and a request from a partner is not the district’s to change. */
  updatePartnership: UpdatePartnershipPayload;
  /** Changes, moves, archives or republishes a provider criterion. */
  updateProviderCriterion: UpdateProviderCriterionPayload;
  /** Changes the agency's profile (state admins). */
  updateStateAgency: UpdateStateAgencyPayload;
  /** Sets a target for an indicator and year, linked to the plan's objectives (district admins and staff). */
  upsertIndicatorTarget: IndicatorTargetPayload;
  /** Saves values of indicators (new cells or replacing the cell with the same key), all or none (district admins and staff). */
  upsertIndicatorValues: UpsertIndicatorValuesPayload;
  /** Withdraws a provider’s claim. */
  withdrawProviderClaim: WithdrawProviderClaimPayload;
};

export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};

export type MutationAcceptPartnershipRequestArgs = {
  input: AcceptPartnershipRequestInput;
};

export type MutationAddConditionEvidenceArgs = {
  input: AddConditionEvidenceInput;
};

export type MutationAdoptVisionVersionArgs = {
  input: AdoptVisionVersionInput;
};

export type MutationArchiveIndicatorArgs = {
  input: ArchiveIndicatorInput;
};

export type MutationArchivePartnerOrganizationArgs = {
  input: ArchivePartnerOrganizationInput;
};

export type MutationAssessProviderArgs = {
  input: AssessProviderInput;
};

export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};

export type MutationClaimProviderCriterionArgs = {
  input: ClaimProviderCriterionInput;
};

export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};

export type MutationCreateCommentThreadArgs = {
  input: CreateCommentThreadInput;
};

export type MutationCreateDistrictArgs = {
  input: CreateDistrictInput;
};

export type MutationCreateFlexibilityAreaArgs = {
  input: CreateFlexibilityAreaInput;
};

export type MutationCreateFundingAllocationArgs = {
  input: CreateFundingAllocationInput;
};

export type MutationCreateFundingRuleArgs = {
  input: CreateFundingRuleInput;
};

export type MutationCreateFundingSourceArgs = {
  input: CreateFundingSourceInput;
};

export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};

export type MutationCreateIndicatorArgs = {
  input: CreateIndicatorInput;
};

export type MutationCreateObjectiveArgs = {
  input: CreateObjectiveInput;
};

export type MutationCreatePartnerContactArgs = {
  input: CreatePartnerContactInput;
};

export type MutationCreatePartnerOrganizationArgs = {
  input: CreatePartnerOrganizationInput;
};

export type MutationCreatePartnershipArgs = {
  input: CreatePartnershipInput;
};

export type MutationCreateProviderCriterionArgs = {
  input: CreateProviderCriterionInput;
};

export type MutationDecideFlexibilityApplicationArgs = {
  input: DecideFlexibilityApplicationInput;
};

export type MutationDeclinePartnershipRequestArgs = {
  input: DeclinePartnershipRequestInput;
};

export type MutationDeleteCommentArgs = {
  input: DeleteCommentInput;
};

export type MutationDeleteFlexibilityAreaArgs = {
  input: DeleteFlexibilityAreaInput;
};

export type MutationDeleteFundingAllocationArgs = {
  input: DeleteFundingItemInput;
};

export type MutationDeleteFundingRuleArgs = {
  input: DeleteFundingItemInput;
};

export type MutationDeleteFundingSourceArgs = {
  input: DeleteFundingItemInput;
};

export type MutationDeleteGoalArgs = {
  input: DeletePlanItemInput;
};

export type MutationDeleteIndicatorTargetArgs = {
  input: DeleteEvaluationItemInput;
};

export type MutationDeleteIndicatorValueArgs = {
  input: DeleteEvaluationItemInput;
};

export type MutationDeleteObjectiveArgs = {
  input: DeletePlanItemInput;
};

export type MutationDeletePartnerContactArgs = {
  input: DeletePartnerContactInput;
};

export type MutationImportIndicatorValuesArgs = {
  input: ImportIndicatorValuesInput;
};

export type MutationImportOpportunitiesCsvArgs = {
  input: ImportOpportunitiesCsvInput;
};

export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};

export type MutationLinkObjectiveArgs = {
  input: LinkObjectiveInput;
};

export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};

export type MutationProposePartnershipArgs = {
  input: ProposePartnershipInput;
};

export type MutationProposePartnershipToDistrictArgs = {
  input: ProposePartnershipToDistrictInput;
};

export type MutationPublishEvaluationSummaryArgs = {
  input: EvaluationSummaryInput;
};

export type MutationPublishOpportunityListArgs = {
  input: PublishOpportunityListInput;
};

export type MutationPublishPlanArgs = {
  input: PublishPlanInput;
};

export type MutationPublishReadinessArgs = {
  input: PublishReadinessInput;
};

export type MutationRecordVettingArgs = {
  input: RecordVettingInput;
};

export type MutationRemoveConditionEvidenceArgs = {
  input: RemoveConditionEvidenceInput;
};

export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};

export type MutationRemoveVettingArgs = {
  input: RemoveVettingInput;
};

export type MutationReopenCommentThreadArgs = {
  input: CommentThreadStateInput;
};

export type MutationReorderObjectivesArgs = {
  input: ReorderObjectivesInput;
};

export type MutationReplyToCommentThreadArgs = {
  input: ReplyToCommentThreadInput;
};

export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};

export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};

export type MutationResolveCommentThreadArgs = {
  input: CommentThreadStateInput;
};

export type MutationRestoreVisionVersionArgs = {
  input: RestoreVisionVersionInput;
};

export type MutationRevokeApiTokenArgs = {
  input: IdInput;
};

export type MutationRevokeInvitationArgs = {
  input: IdInput;
};

export type MutationSaveVisionVersionArgs = {
  input: SaveVisionVersionInput;
};

export type MutationSetEvaluationMinimumNArgs = {
  input: SetEvaluationMinimumNInput;
};

export type MutationSignInArgs = {
  input: SignInInput;
};

export type MutationStartFlexibilityApplicationArgs = {
  input: StartFlexibilityApplicationInput;
};

export type MutationSubmitFlexibilityApplicationArgs = {
  input: SubmitFlexibilityApplicationInput;
};

export type MutationSubmitOpportunityArgs = {
  input: SubmitOpportunityInput;
};

export type MutationUnarchivePartnerOrganizationArgs = {
  input: UnarchivePartnerOrganizationInput;
};

export type MutationUnpublishEvaluationSummaryArgs = {
  input: EvaluationSummaryInput;
};

export type MutationUnpublishPlanArgs = {
  input: PublishPlanInput;
};

export type MutationUnpublishReadinessArgs = {
  input: PublishReadinessInput;
};

export type MutationUpdateCommentArgs = {
  input: UpdateCommentInput;
};

export type MutationUpdateConditionEvidenceArgs = {
  input: UpdateConditionEvidenceInput;
};

export type MutationUpdateDistrictArgs = {
  input: UpdateDistrictInput;
};

export type MutationUpdateDistrictConditionArgs = {
  input: UpdateDistrictConditionInput;
};

export type MutationUpdateDraftOpportunityArgs = {
  input: UpdateDraftOpportunityInput;
};

export type MutationUpdateFlexibilityApplicationArgs = {
  input: UpdateFlexibilityApplicationInput;
};

export type MutationUpdateFlexibilityAreaArgs = {
  input: UpdateFlexibilityAreaInput;
};

export type MutationUpdateFundingAllocationArgs = {
  input: UpdateFundingAllocationInput;
};

export type MutationUpdateFundingRuleArgs = {
  input: UpdateFundingRuleInput;
};

export type MutationUpdateFundingSourceArgs = {
  input: UpdateFundingSourceInput;
};

export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};

export type MutationUpdateIndicatorArgs = {
  input: UpdateIndicatorInput;
};

export type MutationUpdateNotificationPreferencesArgs = {
  input: UpdateNotificationPreferencesInput;
};

export type MutationUpdateObjectiveArgs = {
  input: UpdateObjectiveInput;
};

export type MutationUpdatePartnerContactArgs = {
  input: UpdatePartnerContactInput;
};

export type MutationUpdatePartnerOrganizationArgs = {
  input: UpdatePartnerOrganizationInput;
};

export type MutationUpdatePartnershipArgs = {
  input: UpdatePartnershipInput;
};

export type MutationUpdateProviderCriterionArgs = {
  input: UpdateProviderCriterionInput;
};

export type MutationUpdateStateAgencyArgs = {
  input: UpdateStateAgencyInput;
};

export type MutationUpsertIndicatorTargetArgs = {
  input: UpsertIndicatorTargetInput;
};

export type MutationUpsertIndicatorValuesArgs = {
  input: UpsertIndicatorValuesInput;
};

export type MutationWithdrawProviderClaimArgs = {
  input: WithdrawProviderClaimInput;
};

export type Node = {
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
};

/** Something the viewer was told of (only they read it). */
export type Notification = Node & {
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** Where in the app to read about it: a path starting with `/`. */
  path: Scalars['String']['output'];
  /** When the viewer marked it read; null while unread. */
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  title: Scalars['String']['output'];
};

export type NotificationConnection = {
  edges: Array<NotificationEdge>;
  /** The nodes of `edges`, for when cursors are not needed. */
  nodes: Array<Notification>;
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** How a person hears of one kind by e-mail (in the app they always do). */
export type NotificationDelivery = 'DAILY_DIGEST' | 'IMMEDIATE' | 'OFF';

export type NotificationEdge = {
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** What a notification is about. */
export type NotificationKind =
  | 'COMMENT_MENTION'
  | 'FLEXIBILITY_DECISION'
  | 'LISTING_HELD_BACK'
  | 'LISTING_PUBLISHED'
  | 'LIST_PUBLISHED'
  | 'PARTNERSHIP_ANSWERED'
  | 'PARTNERSHIP_REQUESTED'
  | 'VETTING_EXPIRING';

export type NotificationPreferenceInput = {
  email: NotificationDelivery;
  kind: NotificationKind;
};

/** How the viewer hears of one kind by e-mail; in the app they always do. */
export type NotificationPreferenceType = {
  email: NotificationDelivery;
  kind: NotificationKind;
  /** What the kind is about, in words. */
  label: Scalars['String']['output'];
};

/** An objective of a plan goal. */
export type Objective = Node & {
  allocatedCents: Scalars['SafeInt']['output'];
  /** Money aligned to the objective. */
  allocations: Array<FundingAllocation>;
  /** The district conditions it serves. */
  conditions: Array<DistrictCondition>;
  description?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  dueDate?: Maybe<Scalars['String']['output']>;
  /** ESSA evidence tier: 1 strong, 2 moderate, 3 promising, 4 demonstrates a rationale. */
  evidenceTier?: Maybe<Scalars['Int']['output']>;
  goal: Goal;
  /** Every change to the objective, newest first. */
  history: AuditEntryConnection;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Indicator targets linked to the objective: its evidence, each with the latest value. */
  indicatorTargets: Array<IndicatorTarget>;
  /** Published listings it relies on. */
  listings: Array<ObjectiveListingLink>;
  /** Partnerships it relies on. */
  partnerships: Array<Partnership>;
  /** Year 1-5 of the flexibility period. */
  planYear?: Maybe<Scalars['Int']['output']>;
  /** Order within the goal, from 0. */
  position: Scalars['Int']['output'];
  responsibleParty?: Maybe<ResponsibleParty>;
  /** YYYY-MM-DD */
  startDate?: Maybe<Scalars['String']['output']>;
  status: ObjectiveStatus;
  /** Every status it had, newest first. */
  statusHistory: Array<ObjectiveStatusChange>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
};

/** An objective of a plan goal. */
export type ObjectiveAllocatedCentsArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
};

/** An objective of a plan goal. */
export type ObjectiveAllocationsArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
};

/** An objective of a plan goal. */
export type ObjectiveHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A published listing an objective relies on. */
export type ObjectiveListingLink = {
  /** Whether the district's newest published list still holds it. */
  inNewestList: Scalars['Boolean']['output'];
  /** The stable listing id; `district.opportunity(listingId:)` reads it. */
  listingId: Scalars['ID']['output'];
  /** Its title in the newest version that holds it. */
  title?: Maybe<Scalars['String']['output']>;
};

export type ObjectivePayload = {
  objective?: Maybe<Objective>;
  userErrors: Array<UserError>;
};

export type ObjectiveReportRow = {
  allocatedCents: Scalars['SafeInt']['output'];
  objective: Objective;
};

/** Where an objective stands: not started, on track, at risk, off track or done. */
export type ObjectiveStatus = 'AT_RISK' | 'DONE' | 'NOT_STARTED' | 'OFF_TRACK' | 'ON_TRACK';

/** One change of an objective's status. */
export type ObjectiveStatusChange = {
  changedAt: Scalars['DateTimeISO']['output'];
  /** The person or API token that changed it. */
  changedByName: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Null for the status the objective started with. */
  previousStatus?: Maybe<ObjectiveStatus>;
  status: ObjectiveStatus;
};

/** A learning opportunity as published by a district. */
export type Opportunity = Node & {
  accessibilityNotes?: Maybe<Scalars['String']['output']>;
  /** Where it takes place; null when fully remote. */
  address?: Maybe<Address>;
  applyEmail?: Maybe<Scalars['String']['output']>;
  applyInstructions?: Maybe<Scalars['String']['output']>;
  applyUrl?: Maybe<Scalars['String']['output']>;
  /** Number of seats. */
  capacity?: Maybe<Scalars['Int']['output']>;
  careerCluster?: Maybe<Scalars['String']['output']>;
  /** CEDS 001499 Work-based Learning Opportunity Type code. */
  cedsCode: Scalars['String']['output'];
  compensation: Compensation;
  /** Pay rate or stipend, as written by the partner. */
  compensationDetails?: Maybe<Scalars['String']['output']>;
  /** Shown only when the contact agreed to be public. */
  contact?: Maybe<Contact>;
  creditAmount?: Maybe<Scalars['Float']['output']>;
  /** Subject or course code the credit counts toward. */
  creditSubject?: Maybe<Scalars['String']['output']>;
  /** Last day to apply (YYYY-MM-DD), inclusive. */
  deadline?: Maybe<Scalars['String']['output']>;
  /** Plain text; paragraphs are separated by blank lines. */
  description: Scalars['String']['output'];
  district: District;
  earnsCredit: Scalars['Boolean']['output'];
  /** YYYY-MM-DD */
  endDate?: Maybe<Scalars['String']['output']>;
  /** When this listing first appeared in a published version. */
  firstPublishedAt: Scalars['DateTimeISO']['output'];
  /** Highest grade served. */
  gradeMax: Scalars['Int']['output'];
  /** Lowest grade served (0 = kindergarten). */
  gradeMin: Scalars['Int']['output'];
  hoursPerWeek?: Maybe<Scalars['Float']['output']>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** The deadline has passed; the listing no longer takes applications. */
  isClosed: Scalars['Boolean']['output'];
  /** Stable across published versions: the same listing keeps this id. */
  listingId: Scalars['ID']['output'];
  locationMode: LocationMode;
  minimumAge?: Maybe<Scalars['Int']['output']>;
  otherRequirements?: Maybe<Scalars['String']['output']>;
  /** Null when the district itself offers it. */
  partner?: Maybe<PartnerOrganization>;
  skills: Array<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  startDate?: Maybe<Scalars['String']['output']>;
  /** One or two sentences for lists. */
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  transportNotes?: Maybe<Scalars['String']['output']>;
  type: OpportunityType;
  /** The published version this listing belongs to. */
  version: OpportunityListVersion;
};

export type OpportunityConnection = {
  edges: Array<OpportunityEdge>;
  /** The nodes of `edges`, for when cursors are not needed. */
  nodes: Array<Opportunity>;
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A district's live draft opportunity list, co-edited at /collab/<documentName>. */
export type OpportunityDraft = {
  /** The live document to open at `/collab/<documentName>` (y-websocket), e.g. `opportunities:12`. */
  documentName: Scalars['String']['output'];
  /** Of the given partners (those offering listings in the draft), the ones whose listings publishing would hold back; the same rule as publishing. People who may view the draft. */
  holdBacks: Array<DraftHoldBack>;
  /** The active partners that may offer listings, by name (empty for those who cannot view the draft). */
  offerers: Array<DraftOfferer>;
  /** Checks the draft as publishing would: problems, held-back listings and the changes since the newest version (people who may view the draft). */
  publishPreview: OpportunityPublishPreview;
  /** Whether you may edit the draft (partner members: only listings their organization offers). */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether you may change listings the district offers itself. */
  viewerCanEditDistrictListings: Scalars['Boolean']['output'];
  /** Whether you may publish the draft as a new version. */
  viewerCanPublish: Scalars['Boolean']['output'];
  /** Whether you may follow the draft as it is edited. */
  viewerCanView: Scalars['Boolean']['output'];
};

/** A district's live draft opportunity list, co-edited at /collab/<documentName>. */
export type OpportunityDraftHoldBacksArgs = {
  partnerIds: Array<Scalars['Int']['input']>;
};

export type OpportunityEdge = {
  cursor: Scalars['String']['output'];
  node: Opportunity;
};

/** Counts that help narrow a search before running it. */
export type OpportunityFacets = {
  /** Listings that match the filter except that their deadline has passed (what `openOnly` hides). */
  closedCount: Scalars['Int']['output'];
  /** Every type with the number of listings it would show under the filter, the filter's own types left aside; types without any come with 0. */
  types: Array<OpportunityTypeCount>;
};

/** Narrows a list of opportunities; all given conditions must hold. */
export type OpportunityFilter = {
  /** Any of these compensation kinds. */
  compensations?: InputMaybe<Array<Compensation>>;
  earnsCredit?: InputMaybe<Scalars['Boolean']['input']>;
  /** Open to students in this grade (0 = kindergarten). */
  grade?: InputMaybe<Scalars['Int']['input']>;
  /** Any of these location modes. */
  locationModes?: InputMaybe<Array<LocationMode>>;
  /** Only listings whose deadline has not passed. */
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: paid or stipend; false: unpaid. */
  paid?: InputMaybe<Scalars['Boolean']['input']>;
  /** Offered by this partner organization. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Words that must all appear in the title, summary, description, skills or partner name. */
  query?: InputMaybe<Scalars['String']['input']>;
  /** Any of these types. */
  types?: InputMaybe<Array<OpportunityType>>;
};

/** What a version changed compared with an earlier one. */
export type OpportunityListChanges = {
  added: Array<ListingRef>;
  changed: Array<ChangedListing>;
  removed: Array<ListingRef>;
  /** The version compared with; null: none (the first). */
  since?: Maybe<Scalars['Int']['output']>;
};

/** One immutable, numbered publication of a district's opportunity list. */
export type OpportunityListVersion = Node & {
  /** What this version changed compared with version `since` (default: the one before it). */
  changes: OpportunityListChanges;
  district: District;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Version number, from 1, per district. */
  number: Scalars['Int']['output'];
  /** The listings as published in this version. */
  opportunities: OpportunityConnection;
  opportunityCount: Scalars['Int']['output'];
  publishedAt: Scalars['DateTimeISO']['output'];
  /** Name of the person who published it. */
  publishedByName: Scalars['String']['output'];
  /** What changed, in the publisher's words. */
  summary?: Maybe<Scalars['String']['output']>;
};

/** One immutable, numbered publication of a district's opportunity list. */
export type OpportunityListVersionChangesArgs = {
  since?: InputMaybe<Scalars['Int']['input']>;
};

/** One immutable, numbered publication of a district's opportunity list. */
export type OpportunityListVersionOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OpportunityOrder>;
};

export type OpportunityOrder = 'DEADLINE' | 'NEWEST' | 'TITLE';

/** What publishing the draft now would do; nothing is published by reading it. */
export type OpportunityPublishPreview = {
  /** What the new version would change compared with the newest (valid listings only). */
  changes: OpportunityListChanges;
  heldBack: Array<HeldBackListing>;
  /** Listings in the draft. */
  listingCount: Scalars['Int']['output'];
  /** The newest version; null before any. */
  newestVersion?: Maybe<OpportunityListVersion>;
  /** Every problem of every listing; any one stops publishing. */
  problems: Array<ListingProblemType>;
  /** Whether publishing now would create a version (no problems, some listings). */
  publishable: Scalars['Boolean']['output'];
};

/** Kind of learning opportunity; `cedsCode` gives the CEDS 001499 value. */
export type OpportunityType =
  | 'APPRENTICESHIP'
  | 'CLINICAL_WORK'
  | 'COOPERATIVE_EDUCATION'
  | 'ENTREPRENEURSHIP'
  | 'EXTENDED_LEARNING'
  | 'JOB_SHADOWING'
  | 'MENTORSHIP'
  | 'ON_THE_JOB'
  | 'OTHER'
  | 'PAID_INTERNSHIP'
  | 'PRE_APPRENTICESHIP'
  | 'SCHOOL_BASED_ENTERPRISE'
  | 'SERVICE_LEARNING'
  | 'SIMULATED_WORKSITE'
  | 'SUPERVISED_AGRICULTURAL'
  | 'UNPAID_INTERNSHIP';

/** How many listings one type has under a filter. */
export type OpportunityTypeCount = {
  count: Scalars['Int']['output'];
  type: OpportunityType;
};

/** A dated step a district must take next in its flexibility cycle. */
export type OverviewDeadline = {
  /** YYYY-MM-DD */
  date: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** Where a page of a connection stands in the whole list. */
export type PageInfo = {
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A partner's contact person. The public may fetch it by id only when it is publishable. */
export type PartnerContact = Node & {
  email?: Maybe<Scalars['String']['output']>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** Whether the contact agreed to be shown publicly. */
  publishable: Scalars['Boolean']['output'];
  title?: Maybe<Scalars['String']['output']>;
  /** Pass it back when updating; a stale value is refused. 0 on a listing's contact, a copy that is never updated. */
  version: Scalars['Int']['output'];
};

export type PartnerKind =
  | 'BUSINESS'
  | 'FAITH_BASED'
  | 'GOVERNMENT'
  | 'HEALTHCARE'
  | 'HIGHER_EDUCATION'
  | 'JUVENILE_JUSTICE'
  | 'NONPROFIT'
  | 'OTHER'
  | 'RECREATION'
  | 'TECHNICAL_ASSISTANCE';

/** An organization that partners with districts. */
export type PartnerOrganization = Node & {
  /** Street address of the main site. */
  address?: Maybe<Scalars['String']['output']>;
  /** API tokens, including revoked ones (the partner's admins). */
  apiTokens: Array<ApiToken>;
  /** Archived partners are out of the public directory; their profile and history stay. */
  archived: Scalars['Boolean']['output'];
  city?: Maybe<Scalars['String']['output']>;
  /** Every contact person, publishable or not (its members and partnered districts). */
  contacts: Array<PartnerContact>;
  description?: Maybe<Scalars['String']['output']>;
  /** Changes to the profile and its contacts, newest first (its members and partnered districts). */
  history: AuditEntryConnection;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  kind: PartnerKind;
  /** People and their roles (the partner's admins, partnered district admins). */
  members: Array<Membership>;
  name: Scalars['String']['output'];
  /** The partner's listings in every district's newest list. */
  opportunities: OpportunityConnection;
  /** The partner's partnerships you may see: prospects only with 'partnership:read'. */
  partnerships: PartnershipConnection;
  /** Pending invitations (same people as `members`). */
  pendingInvitations: Array<Invitation>;
  postalCode?: Maybe<Scalars['String']['output']>;
  /** For a technical-assistance provider: each published provider criterion of the state (by default the partner’s own), with its claim and the assessments you may read. Empty for other partners. */
  providerCriteria: Array<ProviderCriterionStanding>;
  /** Contacts who agreed to be listed publicly. */
  publicContacts: Array<Contact>;
  /** Short name used in public URLs. */
  slug: Scalars['String']['output'];
  state?: Maybe<Scalars['String']['output']>;
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
  /** Whether you may archive or unarchive the partner. */
  viewerCanArchive: Scalars['Boolean']['output'];
  /** Whether the viewer may invite, change and remove members. */
  viewerCanManageMembers: Scalars['Boolean']['output'];
  /** Whether the viewer may create and revoke API tokens. */
  viewerCanManageTokens: Scalars['Boolean']['output'];
  /** Whether you may propose a partnership to a district for this partner (the partner's admins). */
  viewerCanProposePartnership: Scalars['Boolean']['output'];
  /** Whether the viewer may read the audit log. */
  viewerCanReadAudit: Scalars['Boolean']['output'];
  /** Whether you may read its contacts and history: its members, the district that manages it, and districts with an accepted active partnership. */
  viewerCanReadPrivate: Scalars['Boolean']['output'];
  /** Whether you may change the profile and its contacts. */
  viewerCanUpdate: Scalars['Boolean']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

/** An organization that partners with districts. */
export type PartnerOrganizationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An organization that partners with districts. */
export type PartnerOrganizationOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OpportunityOrder>;
};

/** An organization that partners with districts. */
export type PartnerOrganizationPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<PartnershipStatus>>;
};

/** An organization that partners with districts. */
export type PartnerOrganizationProviderCriteriaArgs = {
  state?: InputMaybe<Scalars['String']['input']>;
};

export type PartnerOrganizationConnection = {
  edges: Array<PartnerOrganizationEdge>;
  /** The nodes of `edges`, for when cursors are not needed. */
  nodes: Array<PartnerOrganization>;
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

export type PartnerOrganizationEdge = {
  cursor: Scalars['String']['output'];
  node: PartnerOrganization;
};

/** A relationship between a district and a partner organization. */
export type Partnership = Node & {
  /** When the side asked accepted; null until then. */
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** YYYY-MM-DD: when the agreement is up for renewal. Members of the two organizations only ('partnership:read'); others get FORBIDDEN. */
  agreementRenewalOn?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD: when the agreement was signed. Members of the two organizations only ('partnership:read'); others get FORBIDDEN. */
  agreementSignedOn?: Maybe<Scalars['String']['output']>;
  /** Link to the signed agreement (memorandum of understanding). Members of the two organizations only ('partnership:read'); others get FORBIDDEN. */
  agreementUrl?: Maybe<Scalars['String']['output']>;
  /** What the partner commits to provide. */
  commitments?: Maybe<Scalars['String']['output']>;
  /** District conditions this partnership supports. */
  conditions: Array<DistrictCondition>;
  /** When the side asked declined; null otherwise. */
  declinedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  district: District;
  /** The district contact's e-mail address. Members of the two organizations only ('partnership:read'); others get FORBIDDEN. */
  districtContactEmail?: Maybe<Scalars['String']['output']>;
  /** The district's contact person. Members of the two organizations only ('partnership:read'); others get FORBIDDEN. */
  districtContactName?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  endDate?: Maybe<Scalars['String']['output']>;
  /** Changes to the partnership and its vetting, newest first. Members of the two organizations only ('partnership:read'); others get FORBIDDEN. */
  history: AuditEntryConnection;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Internal notes. Members of the two organizations only ('partnership:read'); others get FORBIDDEN. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Whether the partner takes part in shaping the vision and strategic plan. */
  participatesInVision: Scalars['Boolean']['output'];
  partner: PartnerOrganization;
  /** The partner contact's e-mail address. Members of the two organizations only ('partnership:read'); others get FORBIDDEN. */
  partnerContactEmail?: Maybe<Scalars['String']['output']>;
  /** The partner's contact person. Members of the two organizations only ('partnership:read'); others get FORBIDDEN. */
  partnerContactName?: Maybe<Scalars['String']['output']>;
  /** Which side asked for the partnership. */
  proposedBy: PartnershipSide;
  /** Whether the district's next publish would hold back the partner's listings, why and what to do; null when it would publish them. Members of the two organizations only ('partnership:read'). */
  publishingHoldBack?: Maybe<PublishingHoldBack>;
  /** Where the request behind the partnership stands; nothing private flows before ACCEPTED. */
  requestState: PartnershipRequestState;
  /** YYYY-MM-DD */
  startDate?: Maybe<Scalars['String']['output']>;
  status: PartnershipStatus;
  /** Pass it back when updating or answering a request; a stale value is refused. The two organizations only ('partnership:see'); others get FORBIDDEN. */
  version: Scalars['Int']['output'];
  /** Recorded vetting requirements, one per kind ('partnership:read'). */
  vetting: Array<VettingRecord>;
  /** The worst status over every kind; a kind without a record is MISSING ('partnership:read'). */
  vettingStatus: VettingStatus;
  /** Whether you may read its private details (agreement, contacts, notes, vetting, history). */
  viewerCanReadPrivate: Scalars['Boolean']['output'];
  /** Whether you may accept or decline this request: the side that was asked, while it is pending. */
  viewerCanRespond: Scalars['Boolean']['output'];
  /** Whether you may change the partnership and its vetting. */
  viewerCanUpdate: Scalars['Boolean']['output'];
};

/** A relationship between a district and a partner organization. */
export type PartnershipHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PartnershipConnection = {
  edges: Array<PartnershipEdge>;
  /** The nodes of `edges`, for when cursors are not needed. */
  nodes: Array<Partnership>;
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

export type PartnershipEdge = {
  cursor: Scalars['String']['output'];
  node: Partnership;
};

/** Where the request behind a partnership stands; nothing private flows before ACCEPTED. */
export type PartnershipRequestState = 'ACCEPTED' | 'AWAITING_DISTRICT' | 'AWAITING_PARTNER' | 'DECLINED';

export type PartnershipSide = 'DISTRICT' | 'PARTNER';

export type PartnershipStatus = 'ACTIVE' | 'ENDED' | 'PAUSED' | 'PROSPECT';

export type PlanPayload = {
  plan?: Maybe<ImplementationPlan>;
  userErrors: Array<UserError>;
};

/** A district's published implementation plan and funding alignment, readable by anyone. It follows the current goals, objectives and allocations (not a copy frozen at publication) for as long as the plan stays published. */
export type PlanSummary = {
  /** The fiscal year of the funding figures; null when the district has no funding source. */
  fiscalYear?: Maybe<Scalars['Int']['output']>;
  /** Fiscal years with funding, newest first. */
  fiscalYears: Array<Scalars['Int']['output']>;
  fundingByGoal: Array<GoalFundingSummary>;
  fundingByProgram: Array<ProgramFundingSummary>;
  goals: Array<PlanSummaryGoal>;
  publishedAt: Scalars['DateTimeISO']['output'];
  totalAllocatedCents: Scalars['SafeInt']['output'];
  totalAmountCents: Scalars['SafeInt']['output'];
};

/** A goal as the public sees it. */
export type PlanSummaryGoal = {
  /** Allocated to its objectives in the summary year. */
  allocatedCents: Scalars['SafeInt']['output'];
  description?: Maybe<Scalars['String']['output']>;
  objectives: Array<PlanSummaryObjective>;
  title: Scalars['String']['output'];
};

/** An objective as the public sees it. */
export type PlanSummaryObjective = {
  allocatedCents: Scalars['SafeInt']['output'];
  conditions: Array<DistrictCondition>;
  /** YYYY-MM-DD */
  dueDate?: Maybe<Scalars['String']['output']>;
  /** ESSA evidence tier 1-4. */
  evidenceTier?: Maybe<Scalars['Int']['output']>;
  planYear?: Maybe<Scalars['Int']['output']>;
  status: ObjectiveStatus;
  title: Scalars['String']['output'];
};

export type ProgramFundingSummary = {
  allocatedCents: Scalars['SafeInt']['output'];
  aln?: Maybe<Scalars['String']['output']>;
  amountCents: Scalars['SafeInt']['output'];
  programName: Scalars['String']['output'];
};

/** Sources summed per program. */
export type ProgramReport = {
  /** The report as CSV (RFC 4180, amounts in dollars with two decimals). */
  csv: Scalars['String']['output'];
  rows: Array<ProgramReportRow>;
};

export type ProgramReportRow = {
  allocatedCents: Scalars['SafeInt']['output'];
  amountCents: Scalars['SafeInt']['output'];
  program: FundingProgram;
  sourceCount: Scalars['Int']['output'];
  unallocatedCents: Scalars['SafeInt']['output'];
};

/** A district proposes a relationship to a partner organization. Accepted at once when the district manages the partner (it added it and the partner has no admin of its own); otherwise a PROSPECT request the partner accepts or declines. */
export type ProposePartnershipInput = {
  /** YYYY-MM-DD, on or after agreementSignedOn. */
  agreementRenewalOn?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  agreementSignedOn?: InputMaybe<Scalars['String']['input']>;
  /** Link to the signed agreement. */
  agreementUrl?: InputMaybe<Scalars['String']['input']>;
  /** What the partner commits to provide. */
  commitments?: InputMaybe<Scalars['String']['input']>;
  /** District conditions it supports. */
  conditions?: InputMaybe<Array<DistrictCondition>>;
  districtContactEmail?: InputMaybe<Scalars['String']['input']>;
  districtContactName?: InputMaybe<Scalars['String']['input']>;
  districtId: Scalars['ID']['input'];
  /** YYYY-MM-DD, on or after startDate. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  participatesInVision?: InputMaybe<Scalars['Boolean']['input']>;
  partnerContactEmail?: InputMaybe<Scalars['String']['input']>;
  partnerContactName?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
  /** YYYY-MM-DD */
  startDate?: InputMaybe<Scalars['String']['input']>;
  status?: PartnershipStatus;
};

export type ProposePartnershipPayload = {
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

/** A partner organization proposes a relationship to a district, in its own words; the district's admins accept or decline. */
export type ProposePartnershipToDistrictInput = {
  /** What the partner offers to commit to. */
  commitments?: InputMaybe<Scalars['String']['input']>;
  /** District conditions it would support. */
  conditions?: InputMaybe<Array<DistrictCondition>>;
  districtId: Scalars['ID']['input'];
  partnerContactEmail?: InputMaybe<Scalars['String']['input']>;
  partnerContactName?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
};

export type ProposePartnershipToDistrictPayload = {
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

/** A district’s assessment of a provider against one provider criterion (private). */
export type ProviderAssessment = Node & {
  assessedAt: Scalars['DateTimeISO']['output'];
  /** Who recorded the assessment, as they were named then. */
  assessedByName: Scalars['String']['output'];
  /** The district that assessed the provider. */
  district: District;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  rating: ProviderRating;
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
};

/** A provider’s claim that it meets one of the state’s provider criteria (public). */
export type ProviderClaim = Node & {
  /** When the claim was last made or changed. */
  claimedAt: Scalars['DateTimeISO']['output'];
  /** What shows the provider meets the criterion (at most 2,000 characters). */
  evidence: Scalars['String']['output'];
  /** A page with more evidence. */
  evidenceUrl?: Maybe<Scalars['String']['output']>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
};

/** A criterion a state publishes for choosing technical-assistance providers. */
export type ProviderCriterion = Node & {
  /** Archived criteria are no longer published. */
  archived: Scalars['Boolean']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Order in the agency’s list, from 0. */
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
};

/** A provider’s claim on one published criterion, and the assessments you may read. */
export type ProviderCriterionStanding = {
  /** Districts’ assessments you may read: your district’s, those about your organization by its partner districts, or, for the state’s staff, all of its districts’. */
  assessments: Array<ProviderAssessment>;
  /** The provider’s current claim, if any. */
  claim?: Maybe<ProviderClaim>;
  criterion: ProviderCriterion;
  /** Whether you may assess the provider against this criterion for the district. */
  viewerCanAssess: Scalars['Boolean']['output'];
  /** Whether you may claim this criterion for the provider. */
  viewerCanClaim: Scalars['Boolean']['output'];
};

/** A provider’s claim on one published criterion, and the assessments you may read. */
export type ProviderCriterionStandingViewerCanAssessArgs = {
  districtId: Scalars['ID']['input'];
};

/** How a district judges a provider against one provider criterion. */
export type ProviderRating = 'DOES_NOT_MEET' | 'MEETS' | 'PARTIALLY_MEETS';

/** Publishes the draft opportunity list as the next numbered version. */
export type PublishOpportunityListInput = {
  districtId: Scalars['ID']['input'];
  /** What changed, in the publisher's words (at most 2000). */
  summary?: InputMaybe<Scalars['String']['input']>;
};

export type PublishOpportunityListPayload = {
  heldBack: Array<HeldBackListing>;
  /** Every problem of every listing; when there are any, nothing was published. */
  problems: Array<ListingProblemType>;
  userErrors: Array<UserError>;
  version?: Maybe<OpportunityListVersion>;
};

export type PublishPlanInput = {
  districtId: Scalars['ID']['input'];
};

export type PublishReadinessInput = {
  districtId: Scalars['ID']['input'];
};

/** Why publishing would hold back listings now, and what would let them through. */
export type PublishingHoldBack = {
  reason: Scalars['String']['output'];
  /** What would let the listings be published. */
  remedy: Scalars['String']['output'];
};

export type Query = {
  /** An organization's audit log, newest first (its admins). */
  auditLog: AuditEntryConnection;
  /** Demo accounts; empty unless this is a demo installation. */
  demoAccounts: Array<DemoAccountType>;
  /** A district by the short name in its public URL. */
  district?: Maybe<District>;
  /** Every district on this PartnerHub, by name. */
  districts: DistrictConnection;
  /** Every funding program, with allowable uses and default rules. */
  fundingPrograms: Array<FundingProgram>;
  /** The indicators a district may enter values for (seeded, its state's and its own), archived ones included (district members and state staff). */
  indicatorCatalog: Array<Indicator>;
  /** What an invitation link offers; null if unknown. */
  invitation?: Maybe<InvitationPreview>;
  /** Fetches any object by its global id. */
  node?: Maybe<Node>;
  /** Fetches up to 100 objects by global id. */
  nodes: Array<Maybe<Node>>;
  /** How the viewer hears of each kind by e-mail (in the app they always do). */
  notificationPreferences: Array<NotificationPreferenceType>;
  /** The viewer's notifications, newest first. */
  notifications: NotificationConnection;
  /** A published opportunity by its global id. */
  opportunity?: Maybe<Opportunity>;
  /** A partner organization by its public short name. */
  partnerOrganization?: Maybe<PartnerOrganization>;
  /** All partner organizations, by name. */
  partnerOrganizations: PartnerOrganizationConnection;
  /** The state agency of a state, by its two-letter code (any case); null when it has none. */
  stateAgency?: Maybe<StateAgency>;
  /** How many of the viewer's notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** Who is asking, with their organizations and roles. */
  viewer: Viewer;
};

export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type QueryDistrictArgs = {
  slug: Scalars['String']['input'];
};

export type QueryDistrictsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
};

export type QueryIndicatorCatalogArgs = {
  districtId: Scalars['ID']['input'];
};

export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};

export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryOpportunityArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPartnerOrganizationArgs = {
  slug: Scalars['String']['input'];
};

export type QueryPartnerOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<PartnerKind>>;
  query?: InputMaybe<Scalars['String']['input']>;
};

export type QueryStateAgencyArgs = {
  state: Scalars['String']['input'];
};

export type ReadinessPayload = {
  readiness?: Maybe<DistrictReadiness>;
  userErrors: Array<UserError>;
};

/** How many of the ten conditions are at each status. */
export type ReadinessSummary = {
  emerging: Scalars['Int']['output'];
  inPlace: Scalars['Int']['output'];
  notStarted: Scalars['Int']['output'];
  sustained: Scalars['Int']['output'];
};

/** Records one vetting requirement of a partnership (one record per kind). Omitted fields stay as they are, null clears. */
export type RecordVettingInput = {
  /** Link to the document on file. */
  documentUrl?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD: the last day it is valid. */
  expiresOn?: InputMaybe<Scalars['String']['input']>;
  kind: VettingKind;
  note?: InputMaybe<Scalars['String']['input']>;
  partnershipId: Scalars['ID']['input'];
  /** YYYY-MM-DD: when the district verified it. */
  verifiedOn?: InputMaybe<Scalars['String']['input']>;
  /** The `version` of the record you read, or null when there was none; otherwise refused with code STALE. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordVettingPayload = {
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
  vettingRecord?: Maybe<VettingRecord>;
};

export type RemoveConditionEvidenceInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type RemoveConditionEvidencePayload = {
  /** The global id of the removed evidence. */
  removedId?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type RemoveMemberInput = {
  membershipId: Scalars['ID']['input'];
};

/** Removes one vetting record. */
export type RemoveVettingInput = {
  id: Scalars['ID']['input'];
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type RemoveVettingPayload = {
  /** The global id of the removed record. */
  deletedVettingRecordId?: Maybe<Scalars['ID']['output']>;
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

/** A goal's objectives in their new order. */
export type ReorderObjectivesInput = {
  goalId: Scalars['ID']['input'];
  /** Every objective of the goal, each once, first to last. */
  objectiveIds: Array<Scalars['ID']['input']>;
  /** The goal's `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type ReplyToCommentThreadInput = {
  body: Scalars['String']['input'];
  /** People named in the comment; each is e-mailed. */
  mentionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  threadId: Scalars['ID']['input'];
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

export type RequestPasswordResetPayload = {
  /** Empty whether or not the address has an account, so it cannot be used to probe. */
  userErrors: Array<UserError>;
};

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  /** The secret from the e-mailed link. */
  token: Scalars['String']['input'];
};

export type ResetPasswordPayload = {
  userErrors: Array<UserError>;
  viewer?: Maybe<Viewer>;
};

/** Who answers for an objective. */
export type ResponsibleParty = {
  kind: ResponsiblePartyKind;
  /** The person's or organization's name. */
  name: Scalars['String']['output'];
  /** The partner, when a partner answers for it. */
  partner?: Maybe<PartnerOrganization>;
};

/** Who answers for an objective: give exactly one of the three. */
export type ResponsiblePartyInput = {
  /** Another organization, by name. */
  organizationName?: InputMaybe<Scalars['String']['input']>;
  /** A partner organization the district has a partnership with. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** A person, by name. */
  personName?: InputMaybe<Scalars['String']['input']>;
};

/** A named person, a partner organization of the district, or another organization. */
export type ResponsiblePartyKind = 'ORGANIZATION' | 'PARTNER' | 'PERSON';

/** Makes the live vision text equal to a saved version. */
export type RestoreVisionVersionInput = {
  versionId: Scalars['ID']['input'];
};

export type RevokeApiTokenPayload = {
  apiToken?: Maybe<ApiToken>;
  userErrors: Array<UserError>;
};

export type RevokeInvitationPayload = {
  invitation?: Maybe<Invitation>;
  userErrors: Array<UserError>;
};

/** A member role in a district or a partner organization. */
export type Role =
  'DISTRICT_ADMIN' | 'DISTRICT_STAFF' | 'PARTNER_ADMIN' | 'PARTNER_MEMBER' | 'STATE_ADMIN' | 'STATE_REVIEWER';

/** Saves the live vision text as a named version. */
export type SaveVisionVersionInput = {
  districtId: Scalars['ID']['input'];
  /** A name people recognise, e.g. "Draft for the March board retreat". */
  name: Scalars['String']['input'];
};

/** Give a district or a state agency. */
export type SetEvaluationMinimumNInput = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  /** At least 10; null removes the setting. */
  minimumN?: InputMaybe<Scalars['Int']['input']>;
  stateAgencyId?: InputMaybe<Scalars['ID']['input']>;
};

export type SetEvaluationMinimumNPayload = {
  /** The district's evaluation with its minimum n in force (when a district was given). */
  evaluation?: Maybe<DistrictEvaluation>;
  /** The setting as saved (null: none). */
  minimumN?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignInPayload = {
  /** With TOO_MANY_ATTEMPTS: seconds until the next try. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
  viewer?: Maybe<Viewer>;
};

export type SignOutPayload = {
  /** How many sessions were ended. */
  endedSessions: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

/** Amount, allocated and unallocated per funding source. */
export type SourceReport = {
  /** The report as CSV (RFC 4180, amounts in dollars with two decimals). */
  csv: Scalars['String']['output'];
  rows: Array<SourceReportRow>;
  totalAllocatedCents: Scalars['SafeInt']['output'];
  totalAmountCents: Scalars['SafeInt']['output'];
  totalUnallocatedCents: Scalars['SafeInt']['output'];
};

export type SourceReportRow = {
  allocatedCents: Scalars['SafeInt']['output'];
  allocationCount: Scalars['Int']['output'];
  amountCents: Scalars['SafeInt']['output'];
  source: FundingSource;
  unallocatedCents: Scalars['SafeInt']['output'];
};

export type StartFlexibilityApplicationInput = {
  districtId: Scalars['ID']['input'];
  /** The school year Year 1 begins: 2027 means 2027-28. */
  firstSchoolYear: Scalars['Int']['input'];
};

/** A state education agency: reviews and supports every district of its state. */
export type StateAgency = Node & {
  /** Criteria for choosing professional-development and strategic-assistance providers, in order (a state publishes a handful). */
  criteria: Array<ProviderCriterion>;
  /** Every district of the state with its flexibility stage, next deadline, open comments, objectives at risk and funding at a glance, by name (the agency's staff). */
  districtOverview: DistrictOverviewConnection;
  /** The district overview as CSV (RFC 4180, formula-like text kept as text), with the same filter (the agency's staff). */
  districtOverviewCsv: Scalars['String']['output'];
  /** The districts of the state by name, with the public stage of their flexibility application. */
  districts: StateDistrictConnection;
  /** Each district of the state with each indicator's all-students value against its target for a school year, suppressed like every read (state staff). */
  evaluationOverview: Array<DistrictEvaluationOverview>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** People and their roles (state admins). */
  members: Array<Membership>;
  name: Scalars['String']['output'];
  /** Pending invitations (state admins). */
  pendingInvitations: Array<Invitation>;
  /** Whether state reviewers may record review decisions, not only state admins. */
  reviewersMayDecide: Scalars['Boolean']['output'];
  /** Two-letter state code; one agency per state. */
  state: Scalars['String']['output'];
  /** Technical-assistance providers with an accepted partnership with a district of the state, by name (the agency’s staff). */
  technicalAssistanceProviders: Array<PartnerOrganization>;
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
  /** Whether you may add districts of the agency's state. */
  viewerCanCreateDistrict: Scalars['Boolean']['output'];
  /** Whether you may add, change and archive the criteria. */
  viewerCanManageCriteria: Scalars['Boolean']['output'];
  /** Whether the viewer may invite, change and remove members. */
  viewerCanManageMembers: Scalars['Boolean']['output'];
  /** Whether you may read the state's district overview. */
  viewerCanReadOverview: Scalars['Boolean']['output'];
  /** Whether you read the agency's private data (state staff). */
  viewerCanReadPrivate: Scalars['Boolean']['output'];
  /** Whether you may change the agency's profile. */
  viewerCanUpdate: Scalars['Boolean']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

/** A state education agency: reviews and supports every district of its state. */
export type StateAgencyCriteriaArgs = {
  includeArchived?: Scalars['Boolean']['input'];
};

/** A state education agency: reviews and supports every district of its state. */
export type StateAgencyDistrictOverviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DistrictOverviewFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A state education agency: reviews and supports every district of its state. */
export type StateAgencyDistrictOverviewCsvArgs = {
  filter?: InputMaybe<DistrictOverviewFilter>;
};

/** A state education agency: reviews and supports every district of its state. */
export type StateAgencyDistrictsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A state education agency: reviews and supports every district of its state. */
export type StateAgencyEvaluationOverviewArgs = {
  schoolYear: Scalars['Int']['input'];
};

/** A district of a state as anyone may see it. */
export type StateDistrict = {
  district: District;
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  /** The public stage of its flexibility application; null when it has none. */
  stage?: Maybe<Scalars['String']['output']>;
};

export type StateDistrictConnection = {
  edges: Array<StateDistrictEdge>;
  /** The nodes of `edges`, for when cursors are not needed. */
  nodes: Array<StateDistrict>;
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

export type StateDistrictEdge = {
  cursor: Scalars['String']['output'];
  node: StateDistrict;
};

/** A subgroup of students: all students, the federal seven race/ethnicity categories, economic disadvantage, disability and English learner status. */
export type Subgroup =
  | 'ALL_STUDENTS'
  | 'AMERICAN_INDIAN_OR_ALASKA_NATIVE'
  | 'ASIAN'
  | 'BLACK_OR_AFRICAN_AMERICAN'
  | 'ECONOMICALLY_DISADVANTAGED'
  | 'ENGLISH_LEARNERS'
  | 'HISPANIC_OR_LATINO'
  | 'NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER'
  | 'NOT_ECONOMICALLY_DISADVANTAGED'
  | 'NOT_ENGLISH_LEARNERS'
  | 'STUDENTS_WITHOUT_DISABILITIES'
  | 'STUDENTS_WITH_DISABILITIES'
  | 'TWO_OR_MORE_RACES'
  | 'WHITE';

export type SubmitFlexibilityApplicationInput = {
  id: Scalars['ID']['input'];
  /** APPLICATION from a draft; IMPLEMENTATION_PLAN once conditionally approved; ADDITIONAL_AREA or SUSTAINABILITY_PLAN once approved; after a return, what was returned. */
  kind: FlexibilitySubmissionKind;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type SubmitFlexibilityApplicationPayload = {
  application?: Maybe<FlexibilityApplication>;
  submission?: Maybe<FlexibilitySubmission>;
  userErrors: Array<UserError>;
};

/** Adds a listing to a district's draft opportunity list. */
export type SubmitOpportunityInput = {
  accessibilityNotes?: InputMaybe<Scalars['String']['input']>;
  applyEmail?: InputMaybe<Scalars['String']['input']>;
  applyInstructions?: InputMaybe<Scalars['String']['input']>;
  /** http(s) address; applyUrl, applyEmail or applyInstructions is required. */
  applyUrl?: InputMaybe<Scalars['String']['input']>;
  /** Seats; a positive whole number. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  careerCluster?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  compensation?: InputMaybe<Compensation>;
  compensationDetails?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Never shown publicly unless contactPublishable. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  contactPublishable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only when earnsCredit. */
  creditAmount?: InputMaybe<Scalars['Float']['input']>;
  /** Subject or course code; only when earnsCredit. */
  creditSubject?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, on or before endDate. */
  deadline?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  districtId: Scalars['ID']['input'];
  earnsCredit?: InputMaybe<Scalars['Boolean']['input']>;
  /** YYYY-MM-DD, on or after startDate. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** gradeMin to 12; required. */
  gradeMax?: InputMaybe<Scalars['Int']['input']>;
  /** 0 (kindergarten) to 12; required. */
  gradeMin?: InputMaybe<Scalars['Int']['input']>;
  /** 0 to 60. */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  locationMode?: InputMaybe<LocationMode>;
  /** 10 to 25. */
  minimumAge?: InputMaybe<Scalars['Int']['input']>;
  otherRequirements?: InputMaybe<Scalars['String']['input']>;
  /** The partner organization offering it (a partner with an active partnership); null: the district itself. Partner members may only name their own partner. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** YYYY-MM-DD */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** Two-letter state code. */
  state?: InputMaybe<Scalars['String']['input']>;
  street?: InputMaybe<Scalars['String']['input']>;
  /** At most 500 characters; required. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** At most 200 characters; required. */
  title?: InputMaybe<Scalars['String']['input']>;
  transportNotes?: InputMaybe<Scalars['String']['input']>;
  /** Required. */
  type?: InputMaybe<OpportunityType>;
};

/** The unallocated balance of every source, against its carryover limit. */
export type UnallocatedReport = {
  /** The report as CSV (RFC 4180, amounts in dollars with two decimals). */
  csv: Scalars['String']['output'];
  rows: Array<UnallocatedReportRow>;
  totalUnallocatedCents: Scalars['SafeInt']['output'];
};

export type UnallocatedReportRow = {
  amountCents: Scalars['SafeInt']['output'];
  /** What may carry over under the carryover rule in force; null when none applies. */
  carryoverLimitCents?: Maybe<Scalars['SafeInt']['output']>;
  overCarryoverLimit: Scalars['Boolean']['output'];
  source: FundingSource;
  unallocatedCents: Scalars['SafeInt']['output'];
};

/** Brings an archived partner back into the public directory. */
export type UnarchivePartnerOrganizationInput = {
  id: Scalars['ID']['input'];
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type UnarchivePartnerOrganizationPayload = {
  partnerOrganization?: Maybe<PartnerOrganization>;
  userErrors: Array<UserError>;
};

export type UpdateCommentInput = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  /** People named in the comment; newly named ones are e-mailed. */
  mentionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

/** Changes evidence; omitted fields stay as they are. */
export type UpdateConditionEvidenceInput = {
  /** YYYY-MM-DD */
  date?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<EvidenceKind>;
  note?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** An http or https address; blank clears it. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

/** Sets a condition's status and narrative for a district. */
export type UpdateDistrictConditionInput = {
  condition: DistrictCondition;
  districtId: Scalars['ID']['input'];
  /** The `version` you read (0 before the first change); a stale one is refused with code STALE. */
  expectedVersion: Scalars['Int']['input'];
  /** At most 4,000 characters; blank clears it. */
  narrative?: InputMaybe<Scalars['String']['input']>;
  status: ConditionStatus;
};

export type UpdateDistrictConditionPayload = {
  condition?: Maybe<DistrictConditionReadiness>;
  userErrors: Array<UserError>;
};

/** Changes to a district profile; omitted fields stay as they are. */
export type UpdateDistrictInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** NCES LEA ID (7 digits, starting with the state's FIPS code); the state's admins only. */
  ncesLeaId?: InputMaybe<Scalars['String']['input']>;
  /** Short name in public URLs; the state's admins only. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDistrictPayload = {
  district?: Maybe<District>;
  userErrors: Array<UserError>;
};

/** Changes a listing of the draft opportunity list; omitted fields stay as they are. */
export type UpdateDraftOpportunityInput = {
  accessibilityNotes?: InputMaybe<Scalars['String']['input']>;
  applyEmail?: InputMaybe<Scalars['String']['input']>;
  applyInstructions?: InputMaybe<Scalars['String']['input']>;
  /** http(s) address; applyUrl, applyEmail or applyInstructions is required. */
  applyUrl?: InputMaybe<Scalars['String']['input']>;
  /** Seats; a positive whole number. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  careerCluster?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  compensation?: InputMaybe<Compensation>;
  compensationDetails?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Never shown publicly unless contactPublishable. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  contactPublishable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only when earnsCredit. */
  creditAmount?: InputMaybe<Scalars['Float']['input']>;
  /** Subject or course code; only when earnsCredit. */
  creditSubject?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, on or before endDate. */
  deadline?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  districtId: Scalars['ID']['input'];
  earnsCredit?: InputMaybe<Scalars['Boolean']['input']>;
  /** YYYY-MM-DD, on or after startDate. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** gradeMin to 12; required. */
  gradeMax?: InputMaybe<Scalars['Int']['input']>;
  /** 0 (kindergarten) to 12; required. */
  gradeMin?: InputMaybe<Scalars['Int']['input']>;
  /** 0 to 60. */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** The stable listing id. */
  listingId: Scalars['ID']['input'];
  locationMode?: InputMaybe<LocationMode>;
  /** 10 to 25. */
  minimumAge?: InputMaybe<Scalars['Int']['input']>;
  otherRequirements?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** YYYY-MM-DD */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** Two-letter state code. */
  state?: InputMaybe<Scalars['String']['input']>;
  street?: InputMaybe<Scalars['String']['input']>;
  /** At most 500 characters; required. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** At most 200 characters; required. */
  title?: InputMaybe<Scalars['String']['input']>;
  transportNotes?: InputMaybe<Scalars['String']['input']>;
  /** Required. */
  type?: InputMaybe<OpportunityType>;
};

/** Changes to an application; omitted fields stay as they are. */
export type UpdateFlexibilityApplicationInput = {
  assurances?: InputMaybe<Array<AssuranceNarrativeInput>>;
  /** Only before the first submission. */
  firstSchoolYear?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

/** Changes to an area; omitted fields stay as they are. */
export type UpdateFlexibilityAreaInput = {
  area?: InputMaybe<FlexibilityAreaKind>;
  /** The district conditions it serves. */
  conditions?: InputMaybe<Array<DistrictCondition>>;
  id: Scalars['ID']['input'];
  justification?: InputMaybe<Scalars['String']['input']>;
  /** Objectives of the district plan it serves. */
  objectiveIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The state requirement to waive or modify. */
  requirement?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

/** Changes to an allocation; omitted fields stay as they are. */
export type UpdateFundingAllocationInput = {
  amountCents?: InputMaybe<Scalars['SafeInt']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Aligns the money to another objective of the plan. */
  objectiveId?: InputMaybe<Scalars['ID']['input']>;
  purpose?: InputMaybe<FundingPurpose>;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

/** Changes to a district rule; omitted fields stay as they are. */
export type UpdateFundingRuleInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  basisPoints?: InputMaybe<Scalars['Int']['input']>;
  citation?: InputMaybe<Scalars['String']['input']>;
  firstFiscalYear?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  lastFiscalYear?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Required for SET_ASIDE_MINIMUM. */
  purpose?: InputMaybe<FundingPurpose>;
  /** Applies only when the amount exceeds this. */
  thresholdCents?: InputMaybe<Scalars['SafeInt']['input']>;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

/** Changes to a funding source; omitted fields stay as they are. */
export type UpdateFundingSourceInput = {
  /** The new amount in whole cents; never below what is allocated. */
  amountCents?: InputMaybe<Scalars['SafeInt']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

/** Changes to a goal; omitted fields stay as they are. */
export type UpdateGoalInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type UpdateIndicatorInput = {
  category?: InputMaybe<IndicatorCategory>;
  code?: InputMaybe<Scalars['String']['input']>;
  conditions?: InputMaybe<Array<DistrictCondition>>;
  description?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<IndicatorDirection>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  planYears?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Must include ALL_STUDENTS. */
  subgroups?: InputMaybe<Array<Subgroup>>;
  unit?: InputMaybe<IndicatorUnit>;
  version: Scalars['Int']['input'];
};

export type UpdateNotificationPreferencesInput = {
  /** The kinds to change; others stay as they are. */
  preferences: Array<NotificationPreferenceInput>;
};

export type UpdateNotificationPreferencesPayload = {
  notificationPreferences?: Maybe<Array<NotificationPreferenceType>>;
  userErrors: Array<UserError>;
};

/** Changes to an objective; omitted fields stay as they are, null clears. */
export type UpdateObjectiveInput = {
  /** The district conditions it serves. */
  conditions?: InputMaybe<Array<DistrictCondition>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, on or after startDate. */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** ESSA evidence tier 1-4. */
  evidenceTier?: InputMaybe<Scalars['Int']['input']>;
  /** Moves the objective to another goal of the plan. */
  goalId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  /** Year 1-5 of the flexibility period. */
  planYear?: InputMaybe<Scalars['Int']['input']>;
  responsibleParty?: InputMaybe<ResponsiblePartyInput>;
  /** YYYY-MM-DD */
  startDate?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ObjectiveStatus>;
  /** Why the status changed; kept in the status history. */
  statusNote?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

/** Changes to a contact person; omitted fields stay as they are, null clears. */
export type UpdatePartnerContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  publishable?: InputMaybe<Scalars['Boolean']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type UpdatePartnerContactPayload = {
  contact?: Maybe<PartnerContact>;
  partnerOrganization?: Maybe<PartnerOrganization>;
  userErrors: Array<UserError>;
};

/** Changes to a partner profile; omitted fields stay as they are, null clears. */
export type UpdatePartnerOrganizationInput = {
  /** Street address of the main site. */
  address?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<PartnerKind>;
  /** A new name; the public short name stays. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** ZIP code: 12345 or 12345-6789. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Two-letter state code. */
  state?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePartnerOrganizationPayload = {
  partnerOrganization?: Maybe<PartnerOrganization>;
  userErrors: Array<UserError>;
};

/** Changes to a partnership; omitted fields stay as they are, null clears. */
export type UpdatePartnershipInput = {
  /** YYYY-MM-DD, on or after agreementSignedOn. */
  agreementRenewalOn?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  agreementSignedOn?: InputMaybe<Scalars['String']['input']>;
  /** Link to the signed agreement. */
  agreementUrl?: InputMaybe<Scalars['String']['input']>;
  /** What the partner commits to provide. */
  commitments?: InputMaybe<Scalars['String']['input']>;
  /** District conditions it supports. */
  conditions?: InputMaybe<Array<DistrictCondition>>;
  districtContactEmail?: InputMaybe<Scalars['String']['input']>;
  districtContactName?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, on or after startDate. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  participatesInVision?: InputMaybe<Scalars['Boolean']['input']>;
  partnerContactEmail?: InputMaybe<Scalars['String']['input']>;
  partnerContactName?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  startDate?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PartnershipStatus>;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type UpdatePartnershipPayload = {
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

/** Changes to a provider criterion; omitted fields stay as they are. */
export type UpdateProviderCriterionInput = {
  /** True archives it, false publishes it again. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Null or empty clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** New place in the list, from 0. */
  position?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type UpdateProviderCriterionPayload = {
  criterion?: Maybe<ProviderCriterion>;
  userErrors: Array<UserError>;
};

/** Changes to a state agency's profile; omitted fields stay as they are. */
export type UpdateStateAgencyInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Whether state reviewers may record review decisions, not only state admins. */
  reviewersMayDecide?: InputMaybe<Scalars['Boolean']['input']>;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateStateAgencyPayload = {
  stateAgency?: Maybe<StateAgency>;
  userErrors: Array<UserError>;
};

export type UpsertIndicatorTargetInput = {
  districtId: Scalars['ID']['input'];
  indicatorId: Scalars['ID']['input'];
  /** Objectives of the district's plan it evidences. */
  objectiveIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  schoolYear: Scalars['Int']['input'];
  /** Default: all students. */
  subgroup?: InputMaybe<Subgroup>;
  value: Scalars['Float']['input'];
  /** The version of the target you changed. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpsertIndicatorValuesInput = {
  districtId: Scalars['ID']['input'];
  /** Saved all together or not at all. */
  values: Array<IndicatorValueInput>;
};

export type UpsertIndicatorValuesPayload = {
  userErrors: Array<UserError>;
  /** The saved cells, as you see them. */
  values: Array<IndicatorCell>;
};

/** A person with a PartnerHub account. */
export type User = Node & {
  /** Visible to the person and to people who share an organization with them; null otherwise. */
  email?: Maybe<Scalars['String']['output']>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A problem with the input that the user can fix. */
export type UserError = {
  /** One of the documented error codes (INVALID, TAKEN, STALE, ...). */
  code: Scalars['String']['output'];
  /** Path to the input field, e.g. ["input", "name"]; null when it concerns the whole input. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type VettingKind = 'AGREEMENT' | 'BACKGROUND_CHECK' | 'INSURANCE';

/** A vetting requirement (agreement, insurance, background checks). */
export type VettingRecord = Node & {
  /** Link to the document on file. */
  documentUrl?: Maybe<Scalars['String']['output']>;
  /** Whether the expiry date has passed (today is still valid). */
  expired: Scalars['Boolean']['output'];
  /** YYYY-MM-DD: the last day it is valid. */
  expiresOn?: Maybe<Scalars['String']['output']>;
  /** Whether it is still valid but expires within `days` days. */
  expiresWithinDays: Scalars['Boolean']['output'];
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  kind: VettingKind;
  note?: Maybe<Scalars['String']['output']>;
  partnership: Partnership;
  status: VettingStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** YYYY-MM-DD: when the district verified it. */
  verifiedOn?: Maybe<Scalars['String']['output']>;
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
};

/** A vetting requirement (agreement, insurance, background checks). */
export type VettingRecordExpiresWithinDaysArgs = {
  days: Scalars['Int']['input'];
};

/** Where a vetting requirement stands, from best to worst. */
export type VettingStatus =
  | 'EXPIRED'
  /** Still valid, but it expires within 30 days. */
  | 'EXPIRING_SOON'
  /** Not recorded at all (only in a partnership summary). */
  | 'MISSING'
  /** Recorded without an expiry date. */
  | 'MISSING_EXPIRY'
  | 'VALID';

/** Who is asking: nobody, a signed-in person, or an API token. */
export type Viewer = {
  /** For API tokens: what the token may do. */
  apiTokenScope?: Maybe<ApiTokenScope>;
  kind: ViewerKind;
  /** The signed-in person's organizations and roles. */
  memberships: Array<Membership>;
  /** The signed-in person; null for anonymous and tokens. */
  user?: Maybe<User>;
};

export type ViewerKind = 'ANONYMOUS' | 'API_TOKEN' | 'USER';

/** A district's vision, one living document co-edited live (Yjs document `vision:<districtId>`). `adopted` is public; the rest needs access to the document. */
export type Vision = {
  /** The version the district adopted most recently, readable by anyone; null before any. */
  adopted?: Maybe<AdoptedVision>;
  /** The live text as it is now (people with access to the vision document). */
  current: VisionContent;
  /** The version compared with the live text, paragraph by paragraph: REMOVED blocks are only in the version, ADDED ones only in the live text. */
  diff: Array<VisionDiffBlock>;
  /** The live document to open at `/collab/<documentName>` (y-websocket), e.g. `vision:12`. */
  documentName: Scalars['String']['output'];
  /** Saved versions, newest first (people with access to the vision document). */
  versions: VisionVersionConnection;
  /** Whether you may record the adoption of a version. */
  viewerCanAdopt: Scalars['Boolean']['output'];
  /** Whether you may edit the text, save and restore versions. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether you may follow the live document and its versions. */
  viewerCanView: Scalars['Boolean']['output'];
};

/** A district's vision, one living document co-edited live (Yjs document `vision:<districtId>`). `adopted` is public; the rest needs access to the document. */
export type VisionDiffArgs = {
  versionId: Scalars['ID']['input'];
};

/** A district's vision, one living document co-edited live (Yjs document `vision:<districtId>`). `adopted` is public; the rest needs access to the document. */
export type VisionVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A commented range of the vision text. */
export type VisionAnchor = {
  /** Base64 of the Yjs relative position where the range ends. */
  end: Scalars['String']['output'];
  /** The text of the range when the thread was opened. */
  quote: Scalars['String']['output'];
  /** Base64 of the Yjs relative position where the range starts; resolve it on the live document. */
  start: Scalars['String']['output'];
};

/** A range of the vision text, as the editor saw it when the thread was opened. */
export type VisionAnchorInput = {
  /** Base64 of the Yjs relative position where it ends. */
  end: Scalars['String']['input'];
  /** The text of the range, kept with the thread. */
  quote: Scalars['String']['input'];
  /** Base64 of the Yjs relative position (`Y.encodeRelativePosition`) where it starts. */
  start: Scalars['String']['input'];
};

/** Vision text rendered for reading. */
export type VisionContent = {
  /** Sanitized HTML: allow-listed elements only, every text escaped, links limited to http(s) and mailto. */
  html: Scalars['String']['output'];
  /** Plain text, one blank line between paragraphs. */
  text: Scalars['String']['output'];
};

/** One paragraph-like block of a comparison between a version and the current text. */
export type VisionDiffBlock = {
  kind: VisionDiffKind;
  text: Scalars['String']['output'];
};

/** Whether a block is only in the current text (ADDED), only in the version (REMOVED), or in both. */
export type VisionDiffKind = 'ADDED' | 'REMOVED' | 'UNCHANGED';

/** A named, saved copy of a district's vision. */
export type VisionVersion = Node & {
  /** Whether it is the district's adopted, public vision now. */
  adopted: Scalars['Boolean']['output'];
  /** When it was last adopted in PartnerHub. */
  adoptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who recorded the adoption. */
  adoptedByName?: Maybe<Scalars['String']['output']>;
  /** The date the board adopted it (YYYY-MM-DD). */
  adoptedOn?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who saved it. */
  createdByName: Scalars['String']['output'];
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Version number, from 1, per district. */
  number: Scalars['Int']['output'];
  /** The board resolution that adopted it. */
  resolution?: Maybe<Scalars['String']['output']>;
};

export type VisionVersionConnection = {
  edges: Array<VisionVersionEdge>;
  /** The nodes of `edges`, for when cursors are not needed. */
  nodes: Array<VisionVersion>;
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

export type VisionVersionEdge = {
  cursor: Scalars['String']['output'];
  node: VisionVersion;
};

export type VisionVersionPayload = {
  userErrors: Array<UserError>;
  version?: Maybe<VisionVersion>;
};

/** Withdraws a provider’s claim. */
export type WithdrawProviderClaimInput = {
  id: Scalars['ID']['input'];
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
};

export type WithdrawProviderClaimPayload = {
  /** The claim, no longer shown. */
  claim?: Maybe<ProviderClaim>;
  userErrors: Array<UserError>;
};

export type ViewerFieldsFragment = {
  kind: ViewerKind;
  user?: { id: string; name: string; email?: string | null } | null;
  memberships: Array<{
    id: string;
    role: Role;
    district?: { id: string; name: string; slug: string } | null;
    partner?: { id: string; name: string; slug: string } | null;
    stateAgency?: { id: string; name: string; state: string } | null;
  }>;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  viewer: {
    kind: ViewerKind;
    user?: { id: string; name: string; email?: string | null } | null;
    memberships: Array<{
      id: string;
      role: Role;
      district?: { id: string; name: string; slug: string } | null;
      partner?: { id: string; name: string; slug: string } | null;
      stateAgency?: { id: string; name: string; state: string } | null;
    }>;
  };
};

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = {
  signIn: {
    retryAfterSeconds?: number | null;
    viewer?: {
      kind: ViewerKind;
      user?: { id: string; name: string; email?: string | null } | null;
      memberships: Array<{
        id: string;
        role: Role;
        district?: { id: string; name: string; slug: string } | null;
        partner?: { id: string; name: string; slug: string } | null;
        stateAgency?: { id: string; name: string; state: string } | null;
      }>;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = {
  signOut: {
    endedSessions: number;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutEverywhereMutation = {
  signOutEverywhere: {
    endedSessions: number;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type ApiTokenFieldsFragment = {
  id: string;
  name: string;
  prefix: string;
  scope: ApiTokenScope;
  createdAt: string;
  lastUsedAt?: string | null;
  expiresAt?: string | null;
  revokedAt?: string | null;
};

export type OrganizationApiTokensQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type OrganizationApiTokensQuery = {
  node?:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | {
        id: string;
        apiTokens: Array<{
          id: string;
          name: string;
          prefix: string;
          scope: ApiTokenScope;
          createdAt: string;
          lastUsedAt?: string | null;
          expiresAt?: string | null;
          revokedAt?: string | null;
        }>;
      }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | {
        id: string;
        apiTokens: Array<{
          id: string;
          name: string;
          prefix: string;
          scope: ApiTokenScope;
          createdAt: string;
          lastUsedAt?: string | null;
          expiresAt?: string | null;
          revokedAt?: string | null;
        }>;
      }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | null;
};

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;

export type CreateApiTokenMutation = {
  createApiToken: {
    secret?: string | null;
    apiToken?: {
      id: string;
      name: string;
      prefix: string;
      scope: ApiTokenScope;
      createdAt: string;
      lastUsedAt?: string | null;
      expiresAt?: string | null;
      revokedAt?: string | null;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type RevokeApiTokenMutationVariables = Exact<{
  input: IdInput;
}>;

export type RevokeApiTokenMutation = {
  revokeApiToken: {
    apiToken?: {
      id: string;
      name: string;
      prefix: string;
      scope: ApiTokenScope;
      createdAt: string;
      lastUsedAt?: string | null;
      expiresAt?: string | null;
      revokedAt?: string | null;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type AuditEntryFieldsFragment = {
  id: string;
  createdAt: string;
  action: string;
  actorLabel: string;
  targetType: string;
  targetId: string;
  changes: Array<{ field: string; from?: any | null; to?: any | null }>;
};

export type AuditLogQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type AuditLogQuery = {
  auditLog: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{
      id: string;
      createdAt: string;
      action: string;
      actorLabel: string;
      targetType: string;
      targetId: string;
      changes: Array<{ field: string; from?: any | null; to?: any | null }>;
    }>;
  };
};

export type CommentThreadFieldsFragment = {
  id: string;
  version: number;
  targetKind: CommentTargetKind;
  sectionKey?: string | null;
  resolved: boolean;
  resolvedAt?: string | null;
  resolvedByName?: string | null;
  createdAt: string;
  viewerCanReply: boolean;
  anchor?: { start: string; end: string; quote: string } | null;
  comments: Array<{
    id: string;
    version: number;
    body: string;
    authorName: string;
    createdAt: string;
    edited: boolean;
    viewerCanEdit: boolean;
    mentions: Array<{ id: string; name: string }>;
  }>;
};

export type CommentThreadsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  targetKind: CommentTargetKind;
  objectiveId?: InputMaybe<Scalars['ID']['input']>;
  submissionId?: InputMaybe<Scalars['ID']['input']>;
  sectionKey?: InputMaybe<Scalars['String']['input']>;
  state: CommentThreadState;
}>;

export type CommentThreadsQuery = {
  district?: {
    id: string;
    viewerCanReviewComment: boolean;
    viewerCanCommentOnVision: boolean;
    commentThreads: {
      totalCount: number;
      nodes: Array<{
        id: string;
        version: number;
        targetKind: CommentTargetKind;
        sectionKey?: string | null;
        resolved: boolean;
        resolvedAt?: string | null;
        resolvedByName?: string | null;
        createdAt: string;
        viewerCanReply: boolean;
        anchor?: { start: string; end: string; quote: string } | null;
        comments: Array<{
          id: string;
          version: number;
          body: string;
          authorName: string;
          createdAt: string;
          edited: boolean;
          viewerCanEdit: boolean;
          mentions: Array<{ id: string; name: string }>;
        }>;
      }>;
    };
  } | null;
};

export type CommentMentionCandidatesQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  targetKind: CommentTargetKind;
  search: Scalars['String']['input'];
}>;

export type CommentMentionCandidatesQuery = {
  district?: { id: string; commentMentionCandidates: Array<{ id: string; name: string }> } | null;
};

export type CreateCommentThreadMutationVariables = Exact<{
  input: CreateCommentThreadInput;
}>;

export type CreateCommentThreadMutation = {
  createCommentThread: {
    thread?: {
      id: string;
      version: number;
      targetKind: CommentTargetKind;
      sectionKey?: string | null;
      resolved: boolean;
      resolvedAt?: string | null;
      resolvedByName?: string | null;
      createdAt: string;
      viewerCanReply: boolean;
      anchor?: { start: string; end: string; quote: string } | null;
      comments: Array<{
        id: string;
        version: number;
        body: string;
        authorName: string;
        createdAt: string;
        edited: boolean;
        viewerCanEdit: boolean;
        mentions: Array<{ id: string; name: string }>;
      }>;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type ReplyToCommentThreadMutationVariables = Exact<{
  input: ReplyToCommentThreadInput;
}>;

export type ReplyToCommentThreadMutation = {
  replyToCommentThread: {
    comment?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type ResolveCommentThreadMutationVariables = Exact<{
  input: CommentThreadStateInput;
}>;

export type ResolveCommentThreadMutation = {
  resolveCommentThread: {
    thread?: { id: string; resolved: boolean } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type ReopenCommentThreadMutationVariables = Exact<{
  input: CommentThreadStateInput;
}>;

export type ReopenCommentThreadMutation = {
  reopenCommentThread: {
    thread?: { id: string; resolved: boolean } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type UpdateCommentMutationVariables = Exact<{
  input: UpdateCommentInput;
}>;

export type UpdateCommentMutation = {
  updateComment: {
    comment?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type DeleteCommentMutationVariables = Exact<{
  input: DeleteCommentInput;
}>;

export type DeleteCommentMutation = {
  deleteComment: {
    deletedId?: string | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type DistrictsQueryVariables = Exact<{ [key: string]: never }>;

export type DistrictsQuery = {
  districts: {
    totalCount: number;
    nodes: Array<{
      id: string;
      slug: string;
      name: string;
      state: string;
      city?: string | null;
      description?: string | null;
    }>;
  };
};

export type DistrictShellQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type DistrictShellQuery = {
  district?: {
    id: string;
    slug: string;
    name: string;
    state: string;
    city?: string | null;
    website?: string | null;
    readiness?: { id: string; published: boolean } | null;
    evaluation?: { id: string; published: boolean } | null;
    publishedOpportunityList?: { id: string; number: number } | null;
  } | null;
};

export type DistrictHomeQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type DistrictHomeQuery = {
  district?: {
    id: string;
    description?: string | null;
    website?: string | null;
    ncesLeaId: string;
    openOpportunities: {
      totalCount: number;
      nodes: Array<{
        id: string;
        listingId: string;
        title: string;
        summary: string;
        type: OpportunityType;
        gradeMin: number;
        gradeMax: number;
        locationMode: LocationMode;
        compensation: Compensation;
        earnsCredit: boolean;
        creditAmount?: number | null;
        deadline?: string | null;
        isClosed: boolean;
        address?: { city?: string | null; state?: string | null } | null;
        partner?: { id: string; slug: string; name: string } | null;
      }>;
    };
    partners: { totalCount: number };
  } | null;
};

export type EvaluationIndicatorFieldsFragment = {
  id: string;
  code: string;
  name: string;
  description: string;
  category: IndicatorCategory;
  planYears: Array<number>;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  subgroups: Array<Subgroup>;
};

export type EvaluationCellFieldsFragment = {
  id: string;
  schoolYear: number;
  schoolNcesId?: string | null;
  subgroup: Subgroup;
  value?: number | null;
  n?: number | null;
  source?: string | null;
  suppression: CellSuppression;
  withheldFromReaders: boolean;
};

export type EvaluationFieldsFragment = {
  id: string;
  minimumN: number;
  published: boolean;
  publishedAt?: string | null;
  indicators: Array<{
    indicator: {
      id: string;
      code: string;
      name: string;
      description: string;
      category: IndicatorCategory;
      planYears: Array<number>;
      unit: IndicatorUnit;
      direction: IndicatorDirection;
      subgroups: Array<Subgroup>;
    };
    targets: Array<{
      id: string;
      schoolYear: number;
      subgroup: Subgroup;
      value: number;
      objectives: Array<{ id: string; title: string }>;
    }>;
    values: Array<{
      id: string;
      schoolYear: number;
      schoolNcesId?: string | null;
      subgroup: Subgroup;
      value?: number | null;
      n?: number | null;
      source?: string | null;
      suppression: CellSuppression;
      withheldFromReaders: boolean;
    }>;
  }>;
};

export type WorkspaceEvaluationQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkspaceEvaluationQuery = {
  district?: {
    id: string;
    name: string;
    slug: string;
    flexibilityApplication?: {
      id: string;
      period: { firstSchoolYear: number; currentYear?: number | null };
    } | null;
    plan: {
      id: string;
      goals: Array<{ id: string; title: string; objectives: Array<{ id: string; title: string }> }>;
    };
    evaluation?: {
      viewerCanEdit: boolean;
      viewerCanManage: boolean;
      viewerSeesUnsuppressed: boolean;
      id: string;
      minimumN: number;
      published: boolean;
      publishedAt?: string | null;
      indicators: Array<{
        targets: Array<{
          version: number;
          id: string;
          schoolYear: number;
          subgroup: Subgroup;
          value: number;
          objectives: Array<{ id: string; title: string }>;
        }>;
        values: Array<{
          version?: number | null;
          id: string;
          schoolYear: number;
          schoolNcesId?: string | null;
          subgroup: Subgroup;
          value?: number | null;
          n?: number | null;
          source?: string | null;
          suppression: CellSuppression;
          withheldFromReaders: boolean;
        }>;
        indicator: {
          id: string;
          code: string;
          name: string;
          description: string;
          category: IndicatorCategory;
          planYears: Array<number>;
          unit: IndicatorUnit;
          direction: IndicatorDirection;
          subgroups: Array<Subgroup>;
        };
      }>;
    } | null;
  } | null;
};

export type PublicEvaluationQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type PublicEvaluationQuery = {
  district?: {
    id: string;
    flexibilityApplication?: { id: string; period: { firstSchoolYear: number } } | null;
    evaluation?: {
      id: string;
      minimumN: number;
      published: boolean;
      publishedAt?: string | null;
      indicators: Array<{
        indicator: {
          id: string;
          code: string;
          name: string;
          description: string;
          category: IndicatorCategory;
          planYears: Array<number>;
          unit: IndicatorUnit;
          direction: IndicatorDirection;
          subgroups: Array<Subgroup>;
        };
        targets: Array<{ id: string; schoolYear: number; subgroup: Subgroup; value: number }>;
        values: Array<{
          id: string;
          schoolYear: number;
          schoolNcesId?: string | null;
          subgroup: Subgroup;
          value?: number | null;
          n?: number | null;
          source?: string | null;
          suppression: CellSuppression;
          withheldFromReaders: boolean;
        }>;
      }>;
    } | null;
  } | null;
};

export type StateEvaluationOverviewQueryVariables = Exact<{
  state: Scalars['String']['input'];
  schoolYear: Scalars['Int']['input'];
}>;

export type StateEvaluationOverviewQuery = {
  stateAgency?: {
    id: string;
    name: string;
    evaluationOverview: Array<{
      published: boolean;
      minimumN: number;
      district: { id: string; name: string; slug: string };
      indicators: Array<{
        target?: number | null;
        indicator: {
          id: string;
          code: string;
          name: string;
          unit: IndicatorUnit;
          direction: IndicatorDirection;
          category: IndicatorCategory;
        };
        value?: { id: string; value?: number | null; n?: number | null; suppression: CellSuppression } | null;
      }>;
    }>;
  } | null;
};

export type UpsertIndicatorValuesMutationVariables = Exact<{
  input: UpsertIndicatorValuesInput;
}>;

export type UpsertIndicatorValuesMutation = {
  upsertIndicatorValues: {
    values: Array<{ id: string }>;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type ImportIndicatorValuesMutationVariables = Exact<{
  input: ImportIndicatorValuesInput;
}>;

export type ImportIndicatorValuesMutation = {
  importIndicatorValues: {
    applied: boolean;
    rowCount: number;
    problems: Array<{ row: number; column?: string | null; message: string }>;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type PublishEvaluationSummaryMutationVariables = Exact<{
  input: EvaluationSummaryInput;
}>;

export type PublishEvaluationSummaryMutation = {
  publishEvaluationSummary: {
    evaluation?: { id: string; published: boolean; publishedAt?: string | null } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type UnpublishEvaluationSummaryMutationVariables = Exact<{
  input: EvaluationSummaryInput;
}>;

export type UnpublishEvaluationSummaryMutation = {
  unpublishEvaluationSummary: {
    evaluation?: { id: string; published: boolean; publishedAt?: string | null } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type SetEvaluationMinimumNMutationVariables = Exact<{
  input: SetEvaluationMinimumNInput;
}>;

export type SetEvaluationMinimumNMutation = {
  setEvaluationMinimumN: {
    minimumN?: number | null;
    evaluation?: { id: string; minimumN: number } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type UpsertIndicatorTargetMutationVariables = Exact<{
  input: UpsertIndicatorTargetInput;
}>;

export type UpsertIndicatorTargetMutation = {
  upsertIndicatorTarget: {
    target?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type FlexibilityDecisionFieldsFragment = {
  id: string;
  kind: FlexibilityDecisionKind;
  rationale: string;
  requiredChanges?: string | null;
  decidedByName: string;
  decidedAt: string;
  stageAfter: FlexibilityStage;
};

export type FlexibilitySectionFieldsFragment = { key: string; title: string; lines: Array<string> };

export type WorkspaceFlexibilityQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkspaceFlexibilityQuery = {
  district?: {
    id: string;
    name: string;
    slug: string;
    viewerCanStartFlexibilityApplication: boolean;
    flexibilityApplication?: {
      id: string;
      version: number;
      stage: FlexibilityStage;
      firstSchoolYear: number;
      viewerCanEdit: boolean;
      viewerCanSubmit: boolean;
      viewerCanDecide: boolean;
      period: { label: string; currentYear?: number | null };
      deadlines: Array<{ label: string; date: string }>;
      nextDeadline?: { label: string; date: string } | null;
      areas: Array<{
        id: string;
        version: number;
        area: FlexibilityAreaKind;
        requirement: string;
        justification?: string | null;
        status: FlexibilityAreaStatus;
        additional: boolean;
        conditions: Array<DistrictCondition>;
      }>;
      assurances: Array<{ kind: AssuranceKind; title: string; narrative?: string | null }>;
      currentSections: Array<{ key: string; title: string; lines: Array<string> }>;
      submissions: {
        nodes: Array<{
          id: string;
          number: number;
          kind: FlexibilitySubmissionKind;
          submittedAt: string;
          submittedByName: string;
          sections: Array<{ key: string; title: string; lines: Array<string> }>;
          changes: Array<{
            key: string;
            title: string;
            op: FlexibilityDiffOp;
            lines: Array<{ op: FlexibilityDiffOp; text: string; previousText?: string | null }>;
          }>;
        }>;
      };
      decisions: {
        nodes: Array<{
          id: string;
          kind: FlexibilityDecisionKind;
          rationale: string;
          requiredChanges?: string | null;
          decidedByName: string;
          decidedAt: string;
          stageAfter: FlexibilityStage;
        }>;
      };
    } | null;
  } | null;
};

export type PublicFlexibilityQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type PublicFlexibilityQuery = {
  district?: {
    id: string;
    name: string;
    slug: string;
    vision: { adopted?: { adoptedOn?: string | null } | null };
    flexibilityApplication?: {
      id: string;
      stage: FlexibilityStage;
      period: { label: string };
      grantedAreas: Array<{
        id: string;
        area: FlexibilityAreaKind;
        requirement: string;
        justification?: string | null;
        additional: boolean;
      }>;
      decisions: {
        nodes: Array<{
          id: string;
          kind: FlexibilityDecisionKind;
          rationale: string;
          requiredChanges?: string | null;
          decidedByName: string;
          decidedAt: string;
          stageAfter: FlexibilityStage;
        }>;
      };
    } | null;
  } | null;
};

export type StartFlexibilityApplicationMutationVariables = Exact<{
  input: StartFlexibilityApplicationInput;
}>;

export type StartFlexibilityApplicationMutation = {
  startFlexibilityApplication: {
    application?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type UpdateFlexibilityApplicationMutationVariables = Exact<{
  input: UpdateFlexibilityApplicationInput;
}>;

export type UpdateFlexibilityApplicationMutation = {
  updateFlexibilityApplication: {
    application?: { id: string; version: number } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type CreateFlexibilityAreaMutationVariables = Exact<{
  input: CreateFlexibilityAreaInput;
}>;

export type CreateFlexibilityAreaMutation = {
  createFlexibilityArea: {
    area?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type DeleteFlexibilityAreaMutationVariables = Exact<{
  input: DeleteFlexibilityAreaInput;
}>;

export type DeleteFlexibilityAreaMutation = {
  deleteFlexibilityArea: {
    deletedId?: string | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type SubmitFlexibilityApplicationMutationVariables = Exact<{
  input: SubmitFlexibilityApplicationInput;
}>;

export type SubmitFlexibilityApplicationMutation = {
  submitFlexibilityApplication: {
    submission?: { id: string; number: number } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type DecideFlexibilityApplicationMutationVariables = Exact<{
  input: DecideFlexibilityApplicationInput;
}>;

export type DecideFlexibilityApplicationMutation = {
  decideFlexibilityApplication: {
    decision?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type FundingWarningFieldsFragment = { code: string; message: string };

export type FundingRuleFieldsFragment = {
  id: string;
  kind: FundingRuleKind;
  purpose?: FundingPurpose | null;
  basisPoints: number;
  thresholdCents?: any | null;
  firstFiscalYear?: number | null;
  lastFiscalYear?: number | null;
  active: boolean;
  isDefault: boolean;
  citation?: string | null;
  summary: string;
  version: number;
  note?: string | null;
  program: { id: string; name: string };
};

export type WorkspaceFundingQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
}>;

export type WorkspaceFundingQuery = {
  fundingPrograms: Array<{
    id: string;
    name: string;
    aln?: string | null;
    code: string;
    allowedUses?: Array<FundingPurpose> | null;
  }>;
  district?: {
    id: string;
    name: string;
    plan: {
      id: string;
      fiscalYears: Array<number>;
      viewerCanUpdateFunding: boolean;
      viewerCanManageFundingRules: boolean;
      goals: Array<{ id: string; title: string; objectives: Array<{ id: string; title: string }> }>;
      fundingSources: Array<{
        id: string;
        name: string;
        fiscalYear: number;
        amountCents: any;
        allocatedCents: any;
        unallocatedCents: any;
        version: number;
        note?: string | null;
        program: { id: string; name: string; aln?: string | null };
        warnings: Array<{ code: string; message: string }>;
        allocations: Array<{
          id: string;
          amountCents: any;
          purpose: FundingPurpose;
          note?: string | null;
          version: number;
          objective: { id: string; title: string };
        }>;
      }>;
      fundingRules: Array<{
        id: string;
        kind: FundingRuleKind;
        purpose?: FundingPurpose | null;
        basisPoints: number;
        thresholdCents?: any | null;
        firstFiscalYear?: number | null;
        lastFiscalYear?: number | null;
        active: boolean;
        isDefault: boolean;
        citation?: string | null;
        summary: string;
        version: number;
        note?: string | null;
        program: { id: string; name: string };
      }>;
      fundingReport: {
        fiscalYear?: number | null;
        bySource: {
          csv: string;
          totalAmountCents: any;
          totalAllocatedCents: any;
          totalUnallocatedCents: any;
          rows: Array<{
            amountCents: any;
            allocatedCents: any;
            unallocatedCents: any;
            allocationCount: number;
            source: { id: string; name: string };
          }>;
        };
        byGoal: {
          csv: string;
          totalAllocatedCents: any;
          goals: Array<{
            allocatedCents: any;
            goal: { id: string; title: string };
            objectives: Array<{ allocatedCents: any; objective: { id: string; title: string } }>;
          }>;
        };
        byCondition: {
          csv: string;
          rows: Array<{
            condition: DistrictCondition;
            label: string;
            allocatedCents: any;
            objectiveCount: number;
          }>;
        };
        unallocated: {
          csv: string;
          totalUnallocatedCents: any;
          rows: Array<{
            amountCents: any;
            unallocatedCents: any;
            carryoverLimitCents?: any | null;
            overCarryoverLimit: boolean;
            source: { id: string; name: string };
          }>;
        };
        byFiscalYear: {
          csv: string;
          rows: Array<{
            fiscalYear: number;
            amountCents: any;
            allocatedCents: any;
            unallocatedCents: any;
            sourceCount: number;
          }>;
        };
      };
    };
  } | null;
};

export type CreateFundingSourceMutationVariables = Exact<{
  input: CreateFundingSourceInput;
}>;

export type CreateFundingSourceMutation = {
  createFundingSource: {
    source?: { id: string; name: string } | null;
    warnings: Array<{ code: string; message: string }>;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type CreateFundingAllocationMutationVariables = Exact<{
  input: CreateFundingAllocationInput;
}>;

export type CreateFundingAllocationMutation = {
  createFundingAllocation: {
    allocation?: { id: string } | null;
    source?: { id: string; name: string; unallocatedCents: any } | null;
    warnings: Array<{ code: string; message: string }>;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type DeleteFundingAllocationMutationVariables = Exact<{
  input: DeleteFundingItemInput;
}>;

export type DeleteFundingAllocationMutation = {
  deleteFundingAllocation: {
    deletedId?: string | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type CreateFundingRuleMutationVariables = Exact<{
  input: CreateFundingRuleInput;
}>;

export type CreateFundingRuleMutation = {
  createFundingRule: {
    rule?: {
      id: string;
      kind: FundingRuleKind;
      purpose?: FundingPurpose | null;
      basisPoints: number;
      thresholdCents?: any | null;
      firstFiscalYear?: number | null;
      lastFiscalYear?: number | null;
      active: boolean;
      isDefault: boolean;
      citation?: string | null;
      summary: string;
      version: number;
      note?: string | null;
      program: { id: string; name: string };
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type UpdateFundingSourceMutationVariables = Exact<{
  input: UpdateFundingSourceInput;
}>;

export type UpdateFundingSourceMutation = {
  updateFundingSource: {
    source?: { id: string; name: string } | null;
    warnings: Array<{ code: string; message: string }>;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type DeleteFundingSourceMutationVariables = Exact<{
  input: DeleteFundingItemInput;
}>;

export type DeleteFundingSourceMutation = {
  deleteFundingSource: {
    deletedId?: string | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type UpdateFundingAllocationMutationVariables = Exact<{
  input: UpdateFundingAllocationInput;
}>;

export type UpdateFundingAllocationMutation = {
  updateFundingAllocation: {
    allocation?: { id: string } | null;
    source?: { id: string; name: string; unallocatedCents: any } | null;
    warnings: Array<{ code: string; message: string }>;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type UpdateFundingRuleMutationVariables = Exact<{
  input: UpdateFundingRuleInput;
}>;

export type UpdateFundingRuleMutation = {
  updateFundingRule: {
    rule?: {
      id: string;
      kind: FundingRuleKind;
      purpose?: FundingPurpose | null;
      basisPoints: number;
      thresholdCents?: any | null;
      firstFiscalYear?: number | null;
      lastFiscalYear?: number | null;
      active: boolean;
      isDefault: boolean;
      citation?: string | null;
      summary: string;
      version: number;
      note?: string | null;
      program: { id: string; name: string };
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type DeleteFundingRuleMutationVariables = Exact<{
  input: DeleteFundingItemInput;
}>;

export type DeleteFundingRuleMutation = {
  deleteFundingRule: {
    deletedId?: string | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type DemoAccountsQueryVariables = Exact<{ [key: string]: never }>;

export type DemoAccountsQuery = {
  demoAccounts: Array<{
    email: string;
    password: string;
    name: string;
    role: Role;
    organizationName: string;
  }>;
};

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;

export type RequestPasswordResetMutation = {
  requestPasswordReset: {
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;

export type ResetPasswordMutation = {
  resetPassword: {
    viewer?: {
      kind: ViewerKind;
      user?: { id: string; name: string; email?: string | null } | null;
      memberships: Array<{
        id: string;
        role: Role;
        district?: { id: string; name: string; slug: string } | null;
        partner?: { id: string; name: string; slug: string } | null;
        stateAgency?: { id: string; name: string; state: string } | null;
      }>;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;

export type InvitationPreviewQuery = {
  invitation?: {
    email: string;
    role: Role;
    organizationName: string;
    status: InvitationStatus;
    accountExists: boolean;
    expiresAt: string;
  } | null;
};

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;

export type AcceptInvitationMutation = {
  acceptInvitation: {
    viewer?: {
      kind: ViewerKind;
      user?: { id: string; name: string; email?: string | null } | null;
      memberships: Array<{
        id: string;
        role: Role;
        district?: { id: string; name: string; slug: string } | null;
        partner?: { id: string; name: string; slug: string } | null;
        stateAgency?: { id: string; name: string; state: string } | null;
      }>;
    } | null;
    membership?: {
      id: string;
      role: Role;
      district?: { id: string; slug: string } | null;
      partner?: { id: string; slug: string } | null;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type MemberFieldsFragment = {
  id: string;
  role: Role;
  createdAt: string;
  user: { id: string; name: string; email?: string | null };
};

export type PendingInvitationFieldsFragment = {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
};

export type OrganizationMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type OrganizationMembersQuery = {
  node?:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | {
        name: string;
        id: string;
        members: Array<{
          id: string;
          role: Role;
          createdAt: string;
          user: { id: string; name: string; email?: string | null };
        }>;
        pendingInvitations: Array<{
          id: string;
          email: string;
          role: Role;
          createdAt: string;
          expiresAt: string;
        }>;
      }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | {
        name: string;
        id: string;
        members: Array<{
          id: string;
          role: Role;
          createdAt: string;
          user: { id: string; name: string; email?: string | null };
        }>;
        pendingInvitations: Array<{
          id: string;
          email: string;
          role: Role;
          createdAt: string;
          expiresAt: string;
        }>;
      }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | {
        name: string;
        id: string;
        members: Array<{
          id: string;
          role: Role;
          createdAt: string;
          user: { id: string; name: string; email?: string | null };
        }>;
        pendingInvitations: Array<{
          id: string;
          email: string;
          role: Role;
          createdAt: string;
          expiresAt: string;
        }>;
      }
    | { id: string }
    | { id: string }
    | { id: string }
    | null;
};

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;

export type InviteMemberMutation = {
  inviteMember: {
    invitation?: { id: string; email: string; role: Role; createdAt: string; expiresAt: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type RevokeInvitationMutationVariables = Exact<{
  input: IdInput;
}>;

export type RevokeInvitationMutation = {
  revokeInvitation: {
    invitation?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;

export type ChangeMemberRoleMutation = {
  changeMemberRole: {
    membership?: {
      id: string;
      role: Role;
      createdAt: string;
      user: { id: string; name: string; email?: string | null };
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;

export type RemoveMemberMutation = {
  removeMember: {
    membership?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type NotificationFieldsFragment = {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  path: string;
  createdAt: string;
  readAt?: string | null;
};

export type NotificationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type NotificationsQuery = {
  unreadNotificationCount: number;
  notifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{
      id: string;
      kind: NotificationKind;
      title: string;
      body: string;
      path: string;
      createdAt: string;
      readAt?: string | null;
    }>;
  };
};

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;

export type MarkNotificationsReadMutation = {
  markNotificationsRead: {
    marked: number;
    unreadNotificationCount: number;
    userErrors: Array<{ field?: Array<string> | null; message: string }>;
  };
};

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationPreferencesQuery = {
  notificationPreferences: Array<{ kind: NotificationKind; label: string; email: NotificationDelivery }>;
};

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;

export type UpdateNotificationPreferencesMutation = {
  updateNotificationPreferences: {
    notificationPreferences?: Array<{
      kind: NotificationKind;
      label: string;
      email: NotificationDelivery;
    }> | null;
    userErrors: Array<{ field?: Array<string> | null; message: string }>;
  };
};

export type OpportunityCardFieldsFragment = {
  id: string;
  listingId: string;
  title: string;
  summary: string;
  type: OpportunityType;
  gradeMin: number;
  gradeMax: number;
  locationMode: LocationMode;
  compensation: Compensation;
  earnsCredit: boolean;
  creditAmount?: number | null;
  deadline?: string | null;
  isClosed: boolean;
  address?: { city?: string | null; state?: string | null } | null;
  partner?: { id: string; slug: string; name: string } | null;
};

export type OpportunitySearchQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  filter?: InputMaybe<OpportunityFilter>;
  orderBy?: InputMaybe<OpportunityOrder>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type OpportunitySearchQuery = {
  district?: {
    id: string;
    opportunities: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor?: string | null };
      nodes: Array<{
        id: string;
        listingId: string;
        title: string;
        summary: string;
        type: OpportunityType;
        gradeMin: number;
        gradeMax: number;
        locationMode: LocationMode;
        compensation: Compensation;
        earnsCredit: boolean;
        creditAmount?: number | null;
        deadline?: string | null;
        isClosed: boolean;
        address?: { city?: string | null; state?: string | null } | null;
        partner?: { id: string; slug: string; name: string } | null;
      }>;
    };
  } | null;
};

export type OpportunitySearchCursorQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  filter?: InputMaybe<OpportunityFilter>;
  orderBy?: InputMaybe<OpportunityOrder>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type OpportunitySearchCursorQuery = {
  district?: {
    id: string;
    opportunities: { pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
  } | null;
};

export type DistrictPartnerOptionsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type DistrictPartnerOptionsQuery = {
  district?: { id: string; partners: { nodes: Array<{ id: string; name: string }> } } | null;
};

export type OpportunityDetailQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  listingId: Scalars['ID']['input'];
}>;

export type OpportunityDetailQuery = {
  district?: {
    id: string;
    opportunity?: {
      id: string;
      listingId: string;
      title: string;
      summary: string;
      description: string;
      type: OpportunityType;
      cedsCode: string;
      firstPublishedAt: string;
      startDate?: string | null;
      endDate?: string | null;
      hoursPerWeek?: number | null;
      locationMode: LocationMode;
      gradeMin: number;
      gradeMax: number;
      minimumAge?: number | null;
      otherRequirements?: string | null;
      capacity?: number | null;
      compensation: Compensation;
      compensationDetails?: string | null;
      earnsCredit: boolean;
      creditAmount?: number | null;
      creditSubject?: string | null;
      careerCluster?: string | null;
      skills: Array<string>;
      applyUrl?: string | null;
      applyEmail?: string | null;
      applyInstructions?: string | null;
      deadline?: string | null;
      isClosed: boolean;
      accessibilityNotes?: string | null;
      transportNotes?: string | null;
      address?: {
        street?: string | null;
        city?: string | null;
        state?: string | null;
        postalCode?: string | null;
      } | null;
      contact?: { name: string; title?: string | null; email?: string | null; phone?: string | null } | null;
      partner?: { id: string; slug: string; name: string; website?: string | null } | null;
    } | null;
  } | null;
};

export type OpportunityFacetsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  filter?: InputMaybe<OpportunityFilter>;
}>;

export type OpportunityFacetsQuery = {
  district?: {
    id: string;
    opportunityFacets: { closedCount: number; types: Array<{ type: OpportunityType; count: number }> };
  } | null;
};

export type WorkspaceOpportunityDraftQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkspaceOpportunityDraftQuery = {
  district?: {
    id: string;
    name: string;
    slug: string;
    publishedOpportunityList?: {
      id: string;
      number: number;
      publishedAt: string;
      publishedByName: string;
      opportunityCount: number;
    } | null;
    opportunityDraft: {
      documentName: string;
      viewerCanView: boolean;
      viewerCanEdit: boolean;
      viewerCanEditDistrictListings: boolean;
      viewerCanPublish: boolean;
      offerers: Array<{ partnerId: number; name: string; viewerCanEdit: boolean }>;
    };
  } | null;
};

export type OpportunityPublishPreviewQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type OpportunityPublishPreviewQuery = {
  district?: {
    id: string;
    opportunityDraft: {
      publishPreview: {
        listingCount: number;
        publishable: boolean;
        problems: Array<{ listingId: string; title?: string | null; field: string; message: string }>;
        heldBack: Array<{ listingId: string; title?: string | null; reason: string }>;
        newestVersion?: { number: number; publishedAt: string } | null;
        changes: {
          since?: number | null;
          added: Array<{ listingId: string; title: string }>;
          removed: Array<{ listingId: string; title: string }>;
          changed: Array<{ listingId: string; title: string; fields: Array<string> }>;
        };
      };
    };
  } | null;
};

export type PublishOpportunityListMutationVariables = Exact<{
  input: PublishOpportunityListInput;
}>;

export type PublishOpportunityListMutation = {
  publishOpportunityList: {
    version?: { id: string; number: number; opportunityCount: number } | null;
    problems: Array<{ listingId: string; title?: string | null; field: string; message: string }>;
    heldBack: Array<{ listingId: string; title?: string | null; reason: string }>;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type PartnerOpportunityListsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type PartnerOpportunityListsQuery = {
  partnerOrganization?: {
    id: string;
    partnerships: {
      nodes: Array<{
        id: string;
        status: PartnershipStatus;
        district: { id: string; name: string; slug: string };
      }>;
    };
  } | null;
};

export type ImportOpportunitiesCsvMutationVariables = Exact<{
  input: ImportOpportunitiesCsvInput;
}>;

export type ImportOpportunitiesCsvMutation = {
  importOpportunitiesCsv: {
    importedCount: number;
    rows: Array<{
      row: number;
      title?: string | null;
      listingId?: string | null;
      problems: Array<{ field: string; message: string }>;
    }>;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type DraftHoldBacksQueryVariables = Exact<{
  districtId: Scalars['ID']['input'];
  partnerIds: Array<Scalars['Int']['input']> | Scalars['Int']['input'];
}>;

export type DraftHoldBacksQuery = {
  node?:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | {
        id: string;
        opportunityDraft: { holdBacks: Array<{ partnerId: number; reason: string; remedy: string }> };
      }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | null;
};

export type DistrictProfileFieldsFragment = {
  id: string;
  slug: string;
  name: string;
  state: string;
  city?: string | null;
  website?: string | null;
  description?: string | null;
  ncesLeaId: string;
  version: number;
  viewerCanUpdate: boolean;
  viewerCanCorrectIdentifiers: boolean;
};

export type WorkspaceDistrictProfileQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkspaceDistrictProfileQuery = {
  district?: {
    id: string;
    slug: string;
    name: string;
    state: string;
    city?: string | null;
    website?: string | null;
    description?: string | null;
    ncesLeaId: string;
    version: number;
    viewerCanUpdate: boolean;
    viewerCanCorrectIdentifiers: boolean;
  } | null;
};

export type UpdateDistrictMutationVariables = Exact<{
  input: UpdateDistrictInput;
}>;

export type UpdateDistrictMutation = {
  updateDistrict: {
    district?: {
      id: string;
      slug: string;
      name: string;
      state: string;
      city?: string | null;
      website?: string | null;
      description?: string | null;
      ncesLeaId: string;
      version: number;
      viewerCanUpdate: boolean;
      viewerCanCorrectIdentifiers: boolean;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type PartnerProfileFieldsFragment = {
  id: string;
  slug: string;
  name: string;
  kind: PartnerKind;
  website?: string | null;
  description?: string | null;
  address?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
  version: number;
  viewerCanUpdate: boolean;
};

export type WorkspacePartnerProfileQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkspacePartnerProfileQuery = {
  partnerOrganization?: {
    id: string;
    slug: string;
    name: string;
    kind: PartnerKind;
    website?: string | null;
    description?: string | null;
    address?: string | null;
    city?: string | null;
    state?: string | null;
    postalCode?: string | null;
    version: number;
    viewerCanUpdate: boolean;
  } | null;
};

export type UpdatePartnerOrganizationMutationVariables = Exact<{
  input: UpdatePartnerOrganizationInput;
}>;

export type UpdatePartnerOrganizationMutation = {
  updatePartnerOrganization: {
    partnerOrganization?: {
      id: string;
      slug: string;
      name: string;
      kind: PartnerKind;
      website?: string | null;
      description?: string | null;
      address?: string | null;
      city?: string | null;
      state?: string | null;
      postalCode?: string | null;
      version: number;
      viewerCanUpdate: boolean;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type PartnerDirectoryQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  kinds?: InputMaybe<Array<PartnerKind> | PartnerKind>;
  query?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type PartnerDirectoryQuery = {
  district?: {
    id: string;
    partners: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor?: string | null };
      nodes: Array<{
        id: string;
        slug: string;
        name: string;
        kind: PartnerKind;
        city?: string | null;
        state?: string | null;
        description?: string | null;
      }>;
    };
  } | null;
};

export type PartnerProfileQueryVariables = Exact<{
  partnerSlug: Scalars['String']['input'];
}>;

export type PartnerProfileQuery = {
  partnerOrganization?: {
    id: string;
    slug: string;
    name: string;
    kind: PartnerKind;
    website?: string | null;
    description?: string | null;
    address?: string | null;
    city?: string | null;
    state?: string | null;
    postalCode?: string | null;
    publicContacts: Array<{
      name: string;
      title?: string | null;
      email?: string | null;
      phone?: string | null;
    }>;
    partnerships: {
      nodes: Array<{
        id: string;
        status: PartnershipStatus;
        startDate?: string | null;
        endDate?: string | null;
        commitments?: string | null;
        conditions: Array<DistrictCondition>;
        participatesInVision: boolean;
        district: { id: string; slug: string };
      }>;
    };
  } | null;
};

export type PartnerOpportunitiesQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
}>;

export type PartnerOpportunitiesQuery = {
  district?: {
    id: string;
    opportunities: {
      totalCount: number;
      nodes: Array<{
        id: string;
        listingId: string;
        title: string;
        summary: string;
        type: OpportunityType;
        gradeMin: number;
        gradeMax: number;
        locationMode: LocationMode;
        compensation: Compensation;
        earnsCredit: boolean;
        creditAmount?: number | null;
        deadline?: string | null;
        isClosed: boolean;
        address?: { city?: string | null; state?: string | null } | null;
        partner?: { id: string; slug: string; name: string } | null;
      }>;
    };
  } | null;
};

export type ProviderStandingFieldsFragment = {
  criterion: { id: string; title: string; description?: string | null };
  claim?: {
    id: string;
    evidence: string;
    evidenceUrl?: string | null;
    claimedAt: string;
    version: number;
  } | null;
  assessments: Array<{
    id: string;
    rating: ProviderRating;
    note?: string | null;
    assessedByName: string;
    assessedAt: string;
    version: number;
    district: { id: string; name: string };
  }>;
};

export type ProviderClaimsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ProviderClaimsQuery = {
  node?:
    | {
        id: string;
        name: string;
        kind: PartnerKind;
        state?: string | null;
        providerCriteria: Array<{
          viewerCanClaim: boolean;
          criterion: { id: string; title: string; description?: string | null };
          claim?: {
            id: string;
            evidence: string;
            evidenceUrl?: string | null;
            claimedAt: string;
            version: number;
          } | null;
          assessments: Array<{
            id: string;
            rating: ProviderRating;
            note?: string | null;
            assessedByName: string;
            assessedAt: string;
            version: number;
            district: { id: string; name: string };
          }>;
        }>;
      }
    | {}
    | null;
};

export type ProviderAssessmentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  districtId: Scalars['ID']['input'];
}>;

export type ProviderAssessmentsQuery = {
  node?:
    | {
        id: string;
        name: string;
        kind: PartnerKind;
        state?: string | null;
        providerCriteria: Array<{
          viewerCanAssess: boolean;
          criterion: { id: string; title: string; description?: string | null };
          claim?: {
            id: string;
            evidence: string;
            evidenceUrl?: string | null;
            claimedAt: string;
            version: number;
          } | null;
          assessments: Array<{
            id: string;
            rating: ProviderRating;
            note?: string | null;
            assessedByName: string;
            assessedAt: string;
            version: number;
            district: { id: string; name: string };
          }>;
        }>;
      }
    | {}
    | null;
};

export type ClaimProviderCriterionMutationVariables = Exact<{
  input: ClaimProviderCriterionInput;
}>;

export type ClaimProviderCriterionMutation = {
  claimProviderCriterion: {
    claim?: { id: string; version: number } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type WithdrawProviderClaimMutationVariables = Exact<{
  input: WithdrawProviderClaimInput;
}>;

export type WithdrawProviderClaimMutation = {
  withdrawProviderClaim: {
    claim?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type AssessProviderMutationVariables = Exact<{
  input: AssessProviderInput;
}>;

export type AssessProviderMutation = {
  assessProvider: {
    assessment?: { id: string; version: number } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type PublicProviderClaimsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type PublicProviderClaimsQuery = {
  node?:
    | {
        id: string;
        providerCriteria: Array<{
          criterion: { id: string; title: string };
          claim?: { id: string; evidence: string; evidenceUrl?: string | null } | null;
        }>;
      }
    | {}
    | null;
};

export type PartnerContactFieldsFragment = {
  id: string;
  name: string;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
  publishable: boolean;
  version: number;
};

export type WorkspacePartnerDetailQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkspacePartnerDetailQuery = {
  partnerOrganization?: {
    id: string;
    slug: string;
    name: string;
    kind: PartnerKind;
    website?: string | null;
    city?: string | null;
    state?: string | null;
    archived: boolean;
    version: number;
    viewerCanUpdate: boolean;
    viewerCanArchive: boolean;
    viewerCanReadPrivate: boolean;
    viewerCanManageMembers: boolean;
    partnerships: {
      nodes: Array<{
        id: string;
        status: PartnershipStatus;
        requestState: PartnershipRequestState;
        startDate?: string | null;
        endDate?: string | null;
        district: { id: string; slug: string; name: string };
      }>;
    };
  } | null;
};

export type CreatePartnerOrganizationMutationVariables = Exact<{
  input: CreatePartnerOrganizationInput;
}>;

export type CreatePartnerOrganizationMutation = {
  createPartnerOrganization: {
    partnerOrganization?: { id: string; slug: string; name: string } | null;
    partnership?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type ArchivePartnerOrganizationMutationVariables = Exact<{
  input: ArchivePartnerOrganizationInput;
}>;

export type ArchivePartnerOrganizationMutation = {
  archivePartnerOrganization: {
    partnerOrganization?: { id: string; archived: boolean; version: number } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type UnarchivePartnerOrganizationMutationVariables = Exact<{
  input: UnarchivePartnerOrganizationInput;
}>;

export type UnarchivePartnerOrganizationMutation = {
  unarchivePartnerOrganization: {
    partnerOrganization?: { id: string; archived: boolean; version: number } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type CreatePartnerContactMutationVariables = Exact<{
  input: CreatePartnerContactInput;
}>;

export type CreatePartnerContactMutation = {
  createPartnerContact: {
    contact?: {
      id: string;
      name: string;
      title?: string | null;
      email?: string | null;
      phone?: string | null;
      publishable: boolean;
      version: number;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type UpdatePartnerContactMutationVariables = Exact<{
  input: UpdatePartnerContactInput;
}>;

export type UpdatePartnerContactMutation = {
  updatePartnerContact: {
    contact?: {
      id: string;
      name: string;
      title?: string | null;
      email?: string | null;
      phone?: string | null;
      publishable: boolean;
      version: number;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type DeletePartnerContactMutationVariables = Exact<{
  input: DeletePartnerContactInput;
}>;

export type DeletePartnerContactMutation = {
  deletePartnerContact: {
    deletedContactId?: string | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type WorkspacePartnerContactsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkspacePartnerContactsQuery = {
  partnerOrganization?: {
    id: string;
    contacts: Array<{
      id: string;
      name: string;
      title?: string | null;
      email?: string | null;
      phone?: string | null;
      publishable: boolean;
      version: number;
    }>;
  } | null;
};

export type WorkspacePartnerOwnProfileQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkspacePartnerOwnProfileQuery = {
  partnerOrganization?: {
    id: string;
    name: string;
    viewerCanUpdate: boolean;
    contacts: Array<{
      id: string;
      name: string;
      title?: string | null;
      email?: string | null;
      phone?: string | null;
      publishable: boolean;
      version: number;
    }>;
  } | null;
};

export type WorkspacePartnershipsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  statuses?: InputMaybe<Array<PartnershipStatus> | PartnershipStatus>;
}>;

export type WorkspacePartnershipsQuery = {
  district?: {
    id: string;
    viewerCanCreatePartner: boolean;
    viewerCanProposePartnership: boolean;
    partnerships: {
      totalCount: number;
      nodes: Array<{
        id: string;
        status: PartnershipStatus;
        requestState: PartnershipRequestState;
        viewerCanRespond: boolean;
        version: number;
        startDate?: string | null;
        endDate?: string | null;
        agreementRenewalOn?: string | null;
        vettingStatus: VettingStatus;
        partner: {
          id: string;
          slug: string;
          name: string;
          kind: PartnerKind;
          city?: string | null;
          state?: string | null;
          archived: boolean;
        };
      }>;
    };
  } | null;
};

export type VettingRecordFieldsFragment = {
  id: string;
  kind: VettingKind;
  status: VettingStatus;
  expiresOn?: string | null;
  verifiedOn?: string | null;
  documentUrl?: string | null;
  note?: string | null;
  version: number;
  updatedAt: string;
};

export type PartnershipDetailFieldsFragment = {
  id: string;
  status: PartnershipStatus;
  startDate?: string | null;
  endDate?: string | null;
  commitments?: string | null;
  conditions: Array<DistrictCondition>;
  participatesInVision: boolean;
  agreementUrl?: string | null;
  agreementSignedOn?: string | null;
  agreementRenewalOn?: string | null;
  districtContactName?: string | null;
  districtContactEmail?: string | null;
  partnerContactName?: string | null;
  partnerContactEmail?: string | null;
  notes?: string | null;
  version: number;
  vettingStatus: VettingStatus;
  viewerCanUpdate: boolean;
  vetting: Array<{
    id: string;
    kind: VettingKind;
    status: VettingStatus;
    expiresOn?: string | null;
    verifiedOn?: string | null;
    documentUrl?: string | null;
    note?: string | null;
    version: number;
    updatedAt: string;
  }>;
  district: { id: string; slug: string; name: string };
  partner: { id: string; slug: string; name: string };
};

export type WorkspacePartnershipQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type WorkspacePartnershipQuery = {
  node?:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | {
        id: string;
        status: PartnershipStatus;
        startDate?: string | null;
        endDate?: string | null;
        commitments?: string | null;
        conditions: Array<DistrictCondition>;
        participatesInVision: boolean;
        agreementUrl?: string | null;
        agreementSignedOn?: string | null;
        agreementRenewalOn?: string | null;
        districtContactName?: string | null;
        districtContactEmail?: string | null;
        partnerContactName?: string | null;
        partnerContactEmail?: string | null;
        notes?: string | null;
        version: number;
        vettingStatus: VettingStatus;
        viewerCanUpdate: boolean;
        vetting: Array<{
          id: string;
          kind: VettingKind;
          status: VettingStatus;
          expiresOn?: string | null;
          verifiedOn?: string | null;
          documentUrl?: string | null;
          note?: string | null;
          version: number;
          updatedAt: string;
        }>;
        district: { id: string; slug: string; name: string };
        partner: { id: string; slug: string; name: string };
      }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | null;
};

export type PartnershipHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type PartnershipHistoryQuery = {
  node?:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | {
        id: string;
        history: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor?: string | null };
          nodes: Array<{
            id: string;
            createdAt: string;
            action: string;
            actorLabel: string;
            targetType: string;
            targetId: string;
            changes: Array<{ field: string; from?: any | null; to?: any | null }>;
          }>;
        };
      }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | null;
};

export type UpdatePartnershipMutationVariables = Exact<{
  input: UpdatePartnershipInput;
}>;

export type UpdatePartnershipMutation = {
  updatePartnership: {
    partnership?: {
      id: string;
      status: PartnershipStatus;
      startDate?: string | null;
      endDate?: string | null;
      commitments?: string | null;
      conditions: Array<DistrictCondition>;
      participatesInVision: boolean;
      agreementUrl?: string | null;
      agreementSignedOn?: string | null;
      agreementRenewalOn?: string | null;
      districtContactName?: string | null;
      districtContactEmail?: string | null;
      partnerContactName?: string | null;
      partnerContactEmail?: string | null;
      notes?: string | null;
      version: number;
      vettingStatus: VettingStatus;
      viewerCanUpdate: boolean;
      vetting: Array<{
        id: string;
        kind: VettingKind;
        status: VettingStatus;
        expiresOn?: string | null;
        verifiedOn?: string | null;
        documentUrl?: string | null;
        note?: string | null;
        version: number;
        updatedAt: string;
      }>;
      district: { id: string; slug: string; name: string };
      partner: { id: string; slug: string; name: string };
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type RecordVettingMutationVariables = Exact<{
  input: RecordVettingInput;
}>;

export type RecordVettingMutation = {
  recordVetting: {
    vettingRecord?: {
      id: string;
      kind: VettingKind;
      status: VettingStatus;
      expiresOn?: string | null;
      verifiedOn?: string | null;
      documentUrl?: string | null;
      note?: string | null;
      version: number;
      updatedAt: string;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type RemoveVettingMutationVariables = Exact<{
  input: RemoveVettingInput;
}>;

export type RemoveVettingMutation = {
  removeVetting: {
    deletedVettingRecordId?: string | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type PartnershipRequestFieldsFragment = {
  id: string;
  status: PartnershipStatus;
  requestState: PartnershipRequestState;
  proposedBy: PartnershipSide;
  viewerCanRespond: boolean;
  version: number;
};

export type ProposablePartnersQueryVariables = Exact<{ [key: string]: never }>;

export type ProposablePartnersQuery = {
  partnerOrganizations: { nodes: Array<{ id: string; name: string }> };
};

export type ProposePartnershipMutationVariables = Exact<{
  input: ProposePartnershipInput;
}>;

export type ProposePartnershipMutation = {
  proposePartnership: {
    partnership?: {
      id: string;
      status: PartnershipStatus;
      requestState: PartnershipRequestState;
      proposedBy: PartnershipSide;
      viewerCanRespond: boolean;
      version: number;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type ProposePartnershipToDistrictMutationVariables = Exact<{
  input: ProposePartnershipToDistrictInput;
}>;

export type ProposePartnershipToDistrictMutation = {
  proposePartnershipToDistrict: {
    partnership?: {
      id: string;
      status: PartnershipStatus;
      requestState: PartnershipRequestState;
      proposedBy: PartnershipSide;
      viewerCanRespond: boolean;
      version: number;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type AcceptPartnershipRequestMutationVariables = Exact<{
  input: AcceptPartnershipRequestInput;
}>;

export type AcceptPartnershipRequestMutation = {
  acceptPartnershipRequest: {
    partnership?: {
      id: string;
      status: PartnershipStatus;
      requestState: PartnershipRequestState;
      proposedBy: PartnershipSide;
      viewerCanRespond: boolean;
      version: number;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type DeclinePartnershipRequestMutationVariables = Exact<{
  input: DeclinePartnershipRequestInput;
}>;

export type DeclinePartnershipRequestMutation = {
  declinePartnershipRequest: {
    partnership?: {
      id: string;
      status: PartnershipStatus;
      requestState: PartnershipRequestState;
      proposedBy: PartnershipSide;
      viewerCanRespond: boolean;
      version: number;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type ProposableDistrictsQueryVariables = Exact<{ [key: string]: never }>;

export type ProposableDistrictsQuery = { districts: { nodes: Array<{ id: string; name: string }> } };

export type ObjectiveFieldsFragment = {
  id: string;
  title: string;
  description?: string | null;
  startDate?: string | null;
  dueDate?: string | null;
  planYear?: number | null;
  status: ObjectiveStatus;
  conditions: Array<DistrictCondition>;
  evidenceTier?: number | null;
  version: number;
  allocatedCents: any;
  responsibleParty?: { kind: ResponsiblePartyKind; name: string } | null;
};

export type GoalFieldsFragment = {
  id: string;
  title: string;
  description?: string | null;
  position: number;
  version: number;
  allocatedCents: any;
  objectives: Array<{
    id: string;
    title: string;
    description?: string | null;
    startDate?: string | null;
    dueDate?: string | null;
    planYear?: number | null;
    status: ObjectiveStatus;
    conditions: Array<DistrictCondition>;
    evidenceTier?: number | null;
    version: number;
    allocatedCents: any;
    responsibleParty?: { kind: ResponsiblePartyKind; name: string } | null;
  }>;
};

export type WorkspacePlanQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkspacePlanQuery = {
  district?: {
    id: string;
    name: string;
    slug: string;
    plan: {
      id: string;
      publishedAt?: string | null;
      publishedByName?: string | null;
      viewerCanUpdate: boolean;
      viewerCanPublish: boolean;
      goals: Array<{
        id: string;
        title: string;
        description?: string | null;
        position: number;
        version: number;
        allocatedCents: any;
        objectives: Array<{
          id: string;
          title: string;
          description?: string | null;
          startDate?: string | null;
          dueDate?: string | null;
          planYear?: number | null;
          status: ObjectiveStatus;
          conditions: Array<DistrictCondition>;
          evidenceTier?: number | null;
          version: number;
          allocatedCents: any;
          responsibleParty?: { kind: ResponsiblePartyKind; name: string } | null;
        }>;
      }>;
    };
    partnerships: { nodes: Array<{ id: string; partner: { id: string; name: string } }> };
  } | null;
};

export type WorkspaceObjectiveQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type WorkspaceObjectiveQuery = {
  node?:
    | {
        id: string;
        title: string;
        description?: string | null;
        startDate?: string | null;
        dueDate?: string | null;
        planYear?: number | null;
        status: ObjectiveStatus;
        conditions: Array<DistrictCondition>;
        evidenceTier?: number | null;
        version: number;
        allocatedCents: any;
        indicatorTargets: Array<{
          id: string;
          schoolYear: number;
          subgroup: Subgroup;
          value: number;
          indicator: { id: string; name: string; unit: IndicatorUnit };
          latestValue?: {
            id: string;
            schoolYear: number;
            value?: number | null;
            n?: number | null;
            suppression: CellSuppression;
          } | null;
        }>;
        goal: { id: string; title: string };
        statusHistory: Array<{
          status: ObjectiveStatus;
          previousStatus?: ObjectiveStatus | null;
          note?: string | null;
          changedAt: string;
          changedByName: string;
        }>;
        partnerships: Array<{ id: string; partner: { id: string; name: string } }>;
        listings: Array<{ listingId: string; title?: string | null; inNewestList: boolean }>;
        history: {
          nodes: Array<{
            id: string;
            createdAt: string;
            action: string;
            actorLabel: string;
            targetType: string;
            targetId: string;
            changes: Array<{ field: string; from?: any | null; to?: any | null }>;
          }>;
        };
        responsibleParty?: { kind: ResponsiblePartyKind; name: string } | null;
      }
    | {}
    | null;
};

export type CreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;

export type CreateGoalMutation = {
  createGoal: {
    goal?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;

export type UpdateGoalMutation = {
  updateGoal: {
    goal?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type DeleteGoalMutationVariables = Exact<{
  input: DeletePlanItemInput;
}>;

export type DeleteGoalMutation = {
  deleteGoal: {
    deletedId?: string | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type CreateObjectiveMutationVariables = Exact<{
  input: CreateObjectiveInput;
}>;

export type CreateObjectiveMutation = {
  createObjective: {
    objective?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type UpdateObjectiveMutationVariables = Exact<{
  input: UpdateObjectiveInput;
}>;

export type UpdateObjectiveMutation = {
  updateObjective: {
    objective?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type DeleteObjectiveMutationVariables = Exact<{
  input: DeletePlanItemInput;
}>;

export type DeleteObjectiveMutation = {
  deleteObjective: {
    deletedId?: string | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type LinkObjectiveMutationVariables = Exact<{
  input: LinkObjectiveInput;
}>;

export type LinkObjectiveMutation = {
  linkObjective: {
    objective?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type PublishPlanMutationVariables = Exact<{
  input: PublishPlanInput;
}>;

export type PublishPlanMutation = {
  publishPlan: {
    plan?: { id: string; publishedAt?: string | null } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type UnpublishPlanMutationVariables = Exact<{
  input: PublishPlanInput;
}>;

export type UnpublishPlanMutation = {
  unpublishPlan: {
    plan?: { id: string; publishedAt?: string | null } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type PublicPlanSummaryQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
}>;

export type PublicPlanSummaryQuery = {
  district?: {
    id: string;
    name: string;
    slug: string;
    planSummary?: {
      fiscalYear?: number | null;
      fiscalYears: Array<number>;
      publishedAt: string;
      totalAllocatedCents: any;
      totalAmountCents: any;
      fundingByGoal: Array<{ goalTitle: string; allocatedCents: any }>;
      fundingByProgram: Array<{
        programName: string;
        aln?: string | null;
        amountCents: any;
        allocatedCents: any;
      }>;
      goals: Array<{
        title: string;
        description?: string | null;
        allocatedCents: any;
        objectives: Array<{
          title: string;
          status: ObjectiveStatus;
          planYear?: number | null;
          dueDate?: string | null;
          conditions: Array<DistrictCondition>;
          evidenceTier?: number | null;
          allocatedCents: any;
        }>;
      }>;
    } | null;
  } | null;
};

export type ReorderObjectivesMutationVariables = Exact<{
  input: ReorderObjectivesInput;
}>;

export type ReorderObjectivesMutation = {
  reorderObjectives: {
    goal?: { id: string; version: number } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type ReadinessConditionFieldsFragment = {
  condition: DistrictCondition;
  label: string;
  status: ConditionStatus;
  narrative?: string | null;
  updatedAt?: string | null;
  evidence: Array<{
    id: string;
    version: number;
    kind: EvidenceKind;
    title: string;
    url?: string | null;
    date: string;
    note?: string | null;
  }>;
  objectives: Array<{ id: string; title: string; status: ObjectiveStatus }>;
  indicators: Array<{ id: string; name: string }>;
};

export type WorkspaceReadinessQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkspaceReadinessQuery = {
  district?: {
    id: string;
    slug: string;
    readiness?: {
      id: string;
      published: boolean;
      publishedAt?: string | null;
      viewerCanEdit: boolean;
      viewerCanPublish: boolean;
      summary: { notStarted: number; emerging: number; inPlace: number; sustained: number };
      conditions: Array<{
        version: number;
        condition: DistrictCondition;
        label: string;
        status: ConditionStatus;
        narrative?: string | null;
        updatedAt?: string | null;
        updatedBy?: { name: string } | null;
        evidence: Array<{
          id: string;
          version: number;
          kind: EvidenceKind;
          title: string;
          url?: string | null;
          date: string;
          note?: string | null;
        }>;
        objectives: Array<{ id: string; title: string; status: ObjectiveStatus }>;
        indicators: Array<{ id: string; name: string }>;
      }>;
    } | null;
  } | null;
};

export type PublicReadinessQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type PublicReadinessQuery = {
  district?: {
    id: string;
    readiness?: {
      id: string;
      published: boolean;
      publishedAt?: string | null;
      summary: { notStarted: number; emerging: number; inPlace: number; sustained: number };
      conditions: Array<{
        condition: DistrictCondition;
        label: string;
        status: ConditionStatus;
        narrative?: string | null;
        updatedAt?: string | null;
        evidence: Array<{
          id: string;
          version: number;
          kind: EvidenceKind;
          title: string;
          url?: string | null;
          date: string;
          note?: string | null;
        }>;
        objectives: Array<{ id: string; title: string; status: ObjectiveStatus }>;
        indicators: Array<{ id: string; name: string }>;
      }>;
    } | null;
  } | null;
};

export type UpdateDistrictConditionMutationVariables = Exact<{
  input: UpdateDistrictConditionInput;
}>;

export type UpdateDistrictConditionMutation = {
  updateDistrictCondition: {
    condition?: {
      condition: DistrictCondition;
      status: ConditionStatus;
      narrative?: string | null;
      version: number;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type AddConditionEvidenceMutationVariables = Exact<{
  input: AddConditionEvidenceInput;
}>;

export type AddConditionEvidenceMutation = {
  addConditionEvidence: {
    evidence?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type UpdateConditionEvidenceMutationVariables = Exact<{
  input: UpdateConditionEvidenceInput;
}>;

export type UpdateConditionEvidenceMutation = {
  updateConditionEvidence: {
    evidence?: { id: string; version: number } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type RemoveConditionEvidenceMutationVariables = Exact<{
  input: RemoveConditionEvidenceInput;
}>;

export type RemoveConditionEvidenceMutation = {
  removeConditionEvidence: {
    removedId?: string | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type PublishReadinessMutationVariables = Exact<{
  input: PublishReadinessInput;
}>;

export type PublishReadinessMutation = {
  publishReadiness: {
    readiness?: { id: string; published: boolean; publishedAt?: string | null } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type UnpublishReadinessMutationVariables = Exact<{
  input: PublishReadinessInput;
}>;

export type UnpublishReadinessMutation = {
  unpublishReadiness: {
    readiness?: { id: string; published: boolean; publishedAt?: string | null } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type StateProvidersQueryVariables = Exact<{
  state: Scalars['String']['input'];
}>;

export type StateProvidersQuery = {
  stateAgency?: {
    id: string;
    name: string;
    technicalAssistanceProviders: Array<{
      id: string;
      name: string;
      slug: string;
      city?: string | null;
      providerCriteria: Array<{
        criterion: { id: string; title: string; description?: string | null };
        claim?: {
          id: string;
          evidence: string;
          evidenceUrl?: string | null;
          claimedAt: string;
          version: number;
        } | null;
        assessments: Array<{
          id: string;
          rating: ProviderRating;
          note?: string | null;
          assessedByName: string;
          assessedAt: string;
          version: number;
          district: { id: string; name: string };
        }>;
      }>;
    }>;
  } | null;
};

export type StateAgencyFieldsFragment = {
  id: string;
  name: string;
  state: string;
  website?: string | null;
  reviewersMayDecide: boolean;
  version: number;
  viewerCanUpdate: boolean;
};

export type StateAgencySettingsQueryVariables = Exact<{
  state: Scalars['String']['input'];
}>;

export type StateAgencySettingsQuery = {
  stateAgency?: {
    id: string;
    name: string;
    state: string;
    website?: string | null;
    reviewersMayDecide: boolean;
    version: number;
    viewerCanUpdate: boolean;
  } | null;
};

export type UpdateStateAgencyMutationVariables = Exact<{
  input: UpdateStateAgencyInput;
}>;

export type UpdateStateAgencyMutation = {
  updateStateAgency: {
    stateAgency?: {
      id: string;
      name: string;
      state: string;
      website?: string | null;
      reviewersMayDecide: boolean;
      version: number;
      viewerCanUpdate: boolean;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type CreateDistrictMutationVariables = Exact<{
  input: CreateDistrictInput;
}>;

export type CreateDistrictMutation = {
  createDistrict: {
    district?: { id: string; name: string; slug: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type PublicStateQueryVariables = Exact<{
  state: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type PublicStateQuery = {
  stateAgency?: {
    id: string;
    name: string;
    state: string;
    website?: string | null;
    criteria: Array<{ id: string; title: string; description?: string | null }>;
    districts: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor?: string | null };
      nodes: Array<{
        name: string;
        slug: string;
        stage?: string | null;
        district: { id: string; city?: string | null };
      }>;
    };
  } | null;
};

export type StateDistrictOverviewQueryVariables = Exact<{
  state: Scalars['String']['input'];
  filter?: InputMaybe<DistrictOverviewFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type StateDistrictOverviewQuery = {
  stateAgency?: {
    id: string;
    name: string;
    state: string;
    viewerCanReadOverview: boolean;
    districtOverview: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor?: string | null };
      nodes: Array<{
        name: string;
        slug: string;
        stage?: string | null;
        firstSchoolYear?: number | null;
        openCommentCount?: number | null;
        objectivesAtRisk: number;
        objectivesOffTrack: number;
        fundingAmountCents: any;
        fundingAllocatedCents: any;
        fundingUnallocatedShare?: number | null;
        nextDeadline?: { label: string; date: string } | null;
      }>;
    };
  } | null;
};

export type StateCriteriaQueryVariables = Exact<{
  state: Scalars['String']['input'];
}>;

export type StateCriteriaQuery = {
  stateAgency?: {
    id: string;
    name: string;
    viewerCanManageCriteria: boolean;
    criteria: Array<{
      id: string;
      title: string;
      description?: string | null;
      position: number;
      archived: boolean;
      version: number;
    }>;
  } | null;
};

export type CreateProviderCriterionMutationVariables = Exact<{
  input: CreateProviderCriterionInput;
}>;

export type CreateProviderCriterionMutation = {
  createProviderCriterion: {
    criterion?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type UpdateProviderCriterionMutationVariables = Exact<{
  input: UpdateProviderCriterionInput;
}>;

export type UpdateProviderCriterionMutation = {
  updateProviderCriterion: {
    criterion?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type VisionVersionFieldsFragment = {
  id: string;
  number: number;
  name: string;
  createdAt: string;
  createdByName: string;
  adopted: boolean;
  adoptedAt?: string | null;
  adoptedOn?: string | null;
  resolution?: string | null;
};

export type WorkspaceVisionQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkspaceVisionQuery = {
  district?: {
    id: string;
    name: string;
    slug: string;
    viewerCanReadVisionComments: boolean;
    viewerCanCommentOnVision: boolean;
    vision: {
      documentName: string;
      viewerCanView: boolean;
      viewerCanEdit: boolean;
      viewerCanAdopt: boolean;
      versions: {
        totalCount: number;
        nodes: Array<{
          id: string;
          number: number;
          name: string;
          createdAt: string;
          createdByName: string;
          adopted: boolean;
          adoptedAt?: string | null;
          adoptedOn?: string | null;
          resolution?: string | null;
        }>;
      };
    };
  } | null;
};

export type VisionDiffQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  versionId: Scalars['ID']['input'];
}>;

export type VisionDiffQuery = {
  district?: { id: string; vision: { diff: Array<{ kind: VisionDiffKind; text: string }> } } | null;
};

export type PartnerVisionsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type PartnerVisionsQuery = {
  partnerOrganization?: {
    id: string;
    partnerships: {
      nodes: Array<{
        id: string;
        status: PartnershipStatus;
        participatesInVision: boolean;
        district: { id: string; name: string; slug: string };
      }>;
    };
  } | null;
};

export type SaveVisionVersionMutationVariables = Exact<{
  input: SaveVisionVersionInput;
}>;

export type SaveVisionVersionMutation = {
  saveVisionVersion: {
    version?: {
      id: string;
      number: number;
      name: string;
      createdAt: string;
      createdByName: string;
      adopted: boolean;
      adoptedAt?: string | null;
      adoptedOn?: string | null;
      resolution?: string | null;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type RestoreVisionVersionMutationVariables = Exact<{
  input: RestoreVisionVersionInput;
}>;

export type RestoreVisionVersionMutation = {
  restoreVisionVersion: {
    version?: { id: string } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type AdoptVisionVersionMutationVariables = Exact<{
  input: AdoptVisionVersionInput;
}>;

export type AdoptVisionVersionMutation = {
  adoptVisionVersion: {
    version?: {
      id: string;
      number: number;
      name: string;
      createdAt: string;
      createdByName: string;
      adopted: boolean;
      adoptedAt?: string | null;
      adoptedOn?: string | null;
      resolution?: string | null;
    } | null;
    userErrors: Array<{ field?: Array<string> | null; message: string; code: string }>;
  };
};

export type PublicVisionQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type PublicVisionQuery = {
  district?: {
    id: string;
    vision: {
      adopted?: {
        html: string;
        adoptedAt: string;
        adoptedOn?: string | null;
        resolution?: string | null;
        versionName: string;
      } | null;
    };
  } | null;
};

export type WorkspaceDistrictAccessQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkspaceDistrictAccessQuery = {
  district?: {
    id: string;
    name: string;
    state: string;
    viewerCanReadPrivate: boolean;
    viewerCanUpdate: boolean;
    viewerCanCreatePartner: boolean;
    viewerCanManageMembers: boolean;
    viewerCanManageTokens: boolean;
    viewerCanReadAudit: boolean;
  } | null;
};

export type WorkspacePartnerAccessQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkspacePartnerAccessQuery = {
  partnerOrganization?: {
    id: string;
    name: string;
    viewerCanUpdate: boolean;
    viewerCanArchive: boolean;
    viewerCanManageMembers: boolean;
    viewerCanManageTokens: boolean;
  } | null;
};

export type WorkspaceDistrictOverviewQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkspaceDistrictOverviewQuery = {
  district?: {
    id: string;
    name: string;
    city?: string | null;
    state: string;
    ncesLeaId: string;
    partnerships: {
      totalCount: number;
      nodes: Array<{ id: string; status: PartnershipStatus; vettingStatus: VettingStatus }>;
    };
    publishedOpportunityList?: {
      id: string;
      number: number;
      publishedAt: string;
      opportunityCount: number;
    } | null;
  } | null;
};

export type WorkspacePartnerOverviewQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkspacePartnerOverviewQuery = {
  partnerOrganization?: {
    id: string;
    slug: string;
    name: string;
    kind: PartnerKind;
    website?: string | null;
    city?: string | null;
    state?: string | null;
    description?: string | null;
    viewerCanProposePartnership: boolean;
    live: {
      totalCount: number;
      nodes: Array<{
        id: string;
        listingId: string;
        title: string;
        district: { id: string; slug: string; name: string };
      }>;
    };
    requests: {
      nodes: Array<{
        commitments?: string | null;
        id: string;
        status: PartnershipStatus;
        requestState: PartnershipRequestState;
        proposedBy: PartnershipSide;
        viewerCanRespond: boolean;
        version: number;
        district: { id: string; name: string; slug: string };
      }>;
    };
    partnerships: {
      totalCount: number;
      nodes: Array<{
        id: string;
        status: PartnershipStatus;
        startDate?: string | null;
        endDate?: string | null;
        commitments?: string | null;
        vettingStatus: VettingStatus;
        agreementRenewalOn?: string | null;
        vetting: Array<{ id: string; kind: VettingKind; expiresOn?: string | null }>;
        publishingHoldBack?: { reason: string; remedy: string } | null;
        district: { id: string; name: string; slug: string; city?: string | null; state: string };
      }>;
    };
  } | null;
};

export type WorkspaceStateAccessQueryVariables = Exact<{
  state: Scalars['String']['input'];
}>;

export type WorkspaceStateAccessQuery = {
  stateAgency?: {
    id: string;
    name: string;
    viewerCanReadPrivate: boolean;
    viewerCanUpdate: boolean;
    viewerCanCreateDistrict: boolean;
    viewerCanManageMembers: boolean;
    viewerCanReadOverview: boolean;
    viewerCanManageCriteria: boolean;
  } | null;
};

export type WorkspaceStateDistrictsQueryVariables = Exact<{
  state: Scalars['String']['input'];
}>;

export type WorkspaceStateDistrictsQuery = {
  districts: {
    totalCount: number;
    edges: Array<{
      node: { id: string; name: string; slug: string; city?: string | null; ncesLeaId: string };
    }>;
  };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ViewerFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ViewerFields on Viewer {
  kind
  user {
    id
    name
    email
  }
  memberships {
    id
    role
    district {
      id
      name
      slug
    }
    partner {
      id
      name
      slug
    }
    stateAgency {
      id
      name
      state
    }
  }
}
    `,
  { fragmentName: 'ViewerFields' },
) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ApiTokenFields on ApiToken {
  id
  name
  prefix
  scope
  createdAt
  lastUsedAt
  expiresAt
  revokedAt
}
    `,
  { fragmentName: 'ApiTokenFields' },
) as unknown as TypedDocumentString<ApiTokenFieldsFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment AuditEntryFields on AuditEntry {
  id
  createdAt
  action
  actorLabel
  targetType
  targetId
  changes {
    field
    from
    to
  }
}
    `,
  { fragmentName: 'AuditEntryFields' },
) as unknown as TypedDocumentString<AuditEntryFieldsFragment, unknown>;
export const CommentThreadFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment CommentThreadFields on CommentThread {
  id
  version
  targetKind
  sectionKey
  resolved
  resolvedAt
  resolvedByName
  createdAt
  viewerCanReply
  anchor {
    start
    end
    quote
  }
  comments {
    id
    version
    body
    authorName
    createdAt
    edited
    viewerCanEdit
    mentions {
      id
      name
    }
  }
}
    `,
  { fragmentName: 'CommentThreadFields' },
) as unknown as TypedDocumentString<CommentThreadFieldsFragment, unknown>;
export const EvaluationIndicatorFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment EvaluationIndicatorFields on Indicator {
  id
  code
  name
  description
  category
  planYears
  unit
  direction
  subgroups
}
    `,
  { fragmentName: 'EvaluationIndicatorFields' },
) as unknown as TypedDocumentString<EvaluationIndicatorFieldsFragment, unknown>;
export const EvaluationCellFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment EvaluationCellFields on IndicatorCell {
  id
  schoolYear
  schoolNcesId
  subgroup
  value
  n
  source
  suppression
  withheldFromReaders
}
    `,
  { fragmentName: 'EvaluationCellFields' },
) as unknown as TypedDocumentString<EvaluationCellFieldsFragment, unknown>;
export const EvaluationFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment EvaluationFields on DistrictEvaluation {
  id
  minimumN
  published
  publishedAt
  indicators {
    indicator {
      ...EvaluationIndicatorFields
    }
    targets {
      id
      schoolYear
      subgroup
      value
      objectives {
        id
        title
      }
    }
    values {
      ...EvaluationCellFields
    }
  }
}
    fragment EvaluationIndicatorFields on Indicator {
  id
  code
  name
  description
  category
  planYears
  unit
  direction
  subgroups
}
fragment EvaluationCellFields on IndicatorCell {
  id
  schoolYear
  schoolNcesId
  subgroup
  value
  n
  source
  suppression
  withheldFromReaders
}`,
  { fragmentName: 'EvaluationFields' },
) as unknown as TypedDocumentString<EvaluationFieldsFragment, unknown>;
export const FlexibilityDecisionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment FlexibilityDecisionFields on FlexibilityDecision {
  id
  kind
  rationale
  requiredChanges
  decidedByName
  decidedAt
  stageAfter
}
    `,
  { fragmentName: 'FlexibilityDecisionFields' },
) as unknown as TypedDocumentString<FlexibilityDecisionFieldsFragment, unknown>;
export const FlexibilitySectionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment FlexibilitySectionFields on FlexibilitySection {
  key
  title
  lines
}
    `,
  { fragmentName: 'FlexibilitySectionFields' },
) as unknown as TypedDocumentString<FlexibilitySectionFieldsFragment, unknown>;
export const FundingWarningFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment FundingWarningFields on FundingWarning {
  code
  message
}
    `,
  { fragmentName: 'FundingWarningFields' },
) as unknown as TypedDocumentString<FundingWarningFieldsFragment, unknown>;
export const FundingRuleFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment FundingRuleFields on FundingRule {
  id
  kind
  purpose
  basisPoints
  thresholdCents
  firstFiscalYear
  lastFiscalYear
  active
  isDefault
  citation
  summary
  version
  note
  program {
    id
    name
  }
}
    `,
  { fragmentName: 'FundingRuleFields' },
) as unknown as TypedDocumentString<FundingRuleFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment MemberFields on Membership {
  id
  role
  createdAt
  user {
    id
    name
    email
  }
}
    `,
  { fragmentName: 'MemberFields' },
) as unknown as TypedDocumentString<MemberFieldsFragment, unknown>;
export const PendingInvitationFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PendingInvitationFields on Invitation {
  id
  email
  role
  createdAt
  expiresAt
}
    `,
  { fragmentName: 'PendingInvitationFields' },
) as unknown as TypedDocumentString<PendingInvitationFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment NotificationFields on Notification {
  id
  kind
  title
  body
  path
  createdAt
  readAt
}
    `,
  { fragmentName: 'NotificationFields' },
) as unknown as TypedDocumentString<NotificationFieldsFragment, unknown>;
export const OpportunityCardFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment OpportunityCardFields on Opportunity {
  id
  listingId
  title
  summary
  type
  gradeMin
  gradeMax
  locationMode
  compensation
  earnsCredit
  creditAmount
  deadline
  isClosed
  address {
    city
    state
  }
  partner {
    id
    slug
    name
  }
}
    `,
  { fragmentName: 'OpportunityCardFields' },
) as unknown as TypedDocumentString<OpportunityCardFieldsFragment, unknown>;
export const DistrictProfileFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment DistrictProfileFields on District {
  id
  slug
  name
  state
  city
  website
  description
  ncesLeaId
  version
  viewerCanUpdate
  viewerCanCorrectIdentifiers
}
    `,
  { fragmentName: 'DistrictProfileFields' },
) as unknown as TypedDocumentString<DistrictProfileFieldsFragment, unknown>;
export const PartnerProfileFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PartnerProfileFields on PartnerOrganization {
  id
  slug
  name
  kind
  website
  description
  address
  city
  state
  postalCode
  version
  viewerCanUpdate
}
    `,
  { fragmentName: 'PartnerProfileFields' },
) as unknown as TypedDocumentString<PartnerProfileFieldsFragment, unknown>;
export const ProviderStandingFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ProviderStandingFields on ProviderCriterionStanding {
  criterion {
    id
    title
    description
  }
  claim {
    id
    evidence
    evidenceUrl
    claimedAt
    version
  }
  assessments {
    id
    rating
    note
    assessedByName
    assessedAt
    version
    district {
      id
      name
    }
  }
}
    `,
  { fragmentName: 'ProviderStandingFields' },
) as unknown as TypedDocumentString<ProviderStandingFieldsFragment, unknown>;
export const PartnerContactFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PartnerContactFields on PartnerContact {
  id
  name
  title
  email
  phone
  publishable
  version
}
    `,
  { fragmentName: 'PartnerContactFields' },
) as unknown as TypedDocumentString<PartnerContactFieldsFragment, unknown>;
export const VettingRecordFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment VettingRecordFields on VettingRecord {
  id
  kind
  status
  expiresOn
  verifiedOn
  documentUrl
  note
  version
  updatedAt
}
    `,
  { fragmentName: 'VettingRecordFields' },
) as unknown as TypedDocumentString<VettingRecordFieldsFragment, unknown>;
export const PartnershipDetailFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PartnershipDetailFields on Partnership {
  id
  status
  startDate
  endDate
  commitments
  conditions
  participatesInVision
  agreementUrl
  agreementSignedOn
  agreementRenewalOn
  districtContactName
  districtContactEmail
  partnerContactName
  partnerContactEmail
  notes
  version
  vettingStatus
  viewerCanUpdate
  vetting {
    ...VettingRecordFields
  }
  district {
    id
    slug
    name
  }
  partner {
    id
    slug
    name
  }
}
    fragment VettingRecordFields on VettingRecord {
  id
  kind
  status
  expiresOn
  verifiedOn
  documentUrl
  note
  version
  updatedAt
}`,
  { fragmentName: 'PartnershipDetailFields' },
) as unknown as TypedDocumentString<PartnershipDetailFieldsFragment, unknown>;
export const PartnershipRequestFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PartnershipRequestFields on Partnership {
  id
  status
  requestState
  proposedBy
  viewerCanRespond
  version
}
    `,
  { fragmentName: 'PartnershipRequestFields' },
) as unknown as TypedDocumentString<PartnershipRequestFieldsFragment, unknown>;
export const ObjectiveFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ObjectiveFields on Objective {
  id
  title
  description
  startDate
  dueDate
  planYear
  status
  conditions
  evidenceTier
  version
  allocatedCents
  responsibleParty {
    kind
    name
  }
}
    `,
  { fragmentName: 'ObjectiveFields' },
) as unknown as TypedDocumentString<ObjectiveFieldsFragment, unknown>;
export const GoalFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment GoalFields on Goal {
  id
  title
  description
  position
  version
  allocatedCents
  objectives {
    ...ObjectiveFields
  }
}
    fragment ObjectiveFields on Objective {
  id
  title
  description
  startDate
  dueDate
  planYear
  status
  conditions
  evidenceTier
  version
  allocatedCents
  responsibleParty {
    kind
    name
  }
}`,
  { fragmentName: 'GoalFields' },
) as unknown as TypedDocumentString<GoalFieldsFragment, unknown>;
export const ReadinessConditionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ReadinessConditionFields on DistrictConditionReadiness {
  condition
  label
  status
  narrative
  updatedAt
  evidence {
    id
    version
    kind
    title
    url
    date
    note
  }
  objectives {
    id
    title
    status
  }
  indicators {
    id
    name
  }
}
    `,
  { fragmentName: 'ReadinessConditionFields' },
) as unknown as TypedDocumentString<ReadinessConditionFieldsFragment, unknown>;
export const StateAgencyFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment StateAgencyFields on StateAgency {
  id
  name
  state
  website
  reviewersMayDecide
  version
  viewerCanUpdate
}
    `,
  { fragmentName: 'StateAgencyFields' },
) as unknown as TypedDocumentString<StateAgencyFieldsFragment, unknown>;
export const VisionVersionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment VisionVersionFields on VisionVersion {
  id
  number
  name
  createdAt
  createdByName
  adopted
  adoptedAt
  adoptedOn
  resolution
}
    `,
  { fragmentName: 'VisionVersionFields' },
) as unknown as TypedDocumentString<VisionVersionFieldsFragment, unknown>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  kind
  user {
    id
    name
    email
  }
  memberships {
    id
    role
    district {
      id
      name
      slug
    }
    partner {
      id
      name
      slug
    }
    stateAgency {
      id
      name
      state
    }
  }
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    viewer {
      ...ViewerFields
    }
    retryAfterSeconds
    userErrors {
      field
      message
      code
    }
  }
}
    fragment ViewerFields on Viewer {
  kind
  user {
    id
    name
    email
  }
  memberships {
    id
    role
    district {
      id
      name
      slug
    }
    partner {
      id
      name
      slug
    }
    stateAgency {
      id
      name
      state
    }
  }
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut {
    endedSessions
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere {
    endedSessions
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const OrganizationApiTokensDocument = new TypedDocumentString(`
    query OrganizationApiTokens($id: ID!) {
  node(id: $id) {
    id
    ... on District {
      apiTokens {
        ...ApiTokenFields
      }
    }
    ... on PartnerOrganization {
      apiTokens {
        ...ApiTokenFields
      }
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  prefix
  scope
  createdAt
  lastUsedAt
  expiresAt
  revokedAt
}`) as unknown as TypedDocumentString<OrganizationApiTokensQuery, OrganizationApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    apiToken {
      ...ApiTokenFields
    }
    secret
    userErrors {
      field
      message
      code
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  prefix
  scope
  createdAt
  lastUsedAt
  expiresAt
  revokedAt
}`) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($input: IdInput!) {
  revokeApiToken(input: $input) {
    apiToken {
      ...ApiTokenFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  prefix
  scope
  createdAt
  lastUsedAt
  expiresAt
  revokedAt
}`) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($organizationId: ID!, $action: String, $actorId: ID, $since: DateTimeISO, $until: DateTimeISO, $first: Int!, $after: String) {
  auditLog(
    organizationId: $organizationId
    action: $action
    actorId: $actorId
    since: $since
    until: $until
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...AuditEntryFields
    }
  }
}
    fragment AuditEntryFields on AuditEntry {
  id
  createdAt
  action
  actorLabel
  targetType
  targetId
  changes {
    field
    from
    to
  }
}`) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const CommentThreadsDocument = new TypedDocumentString(`
    query CommentThreads($slug: String!, $targetKind: CommentTargetKind!, $objectiveId: ID, $submissionId: ID, $sectionKey: String, $state: CommentThreadState!) {
  district(slug: $slug) {
    id
    viewerCanReviewComment
    viewerCanCommentOnVision
    commentThreads(
      targetKind: $targetKind
      objectiveId: $objectiveId
      submissionId: $submissionId
      sectionKey: $sectionKey
      state: $state
      first: 100
    ) {
      totalCount
      nodes {
        ...CommentThreadFields
      }
    }
  }
}
    fragment CommentThreadFields on CommentThread {
  id
  version
  targetKind
  sectionKey
  resolved
  resolvedAt
  resolvedByName
  createdAt
  viewerCanReply
  anchor {
    start
    end
    quote
  }
  comments {
    id
    version
    body
    authorName
    createdAt
    edited
    viewerCanEdit
    mentions {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<CommentThreadsQuery, CommentThreadsQueryVariables>;
export const CommentMentionCandidatesDocument = new TypedDocumentString(`
    query CommentMentionCandidates($slug: String!, $targetKind: CommentTargetKind!, $search: String!) {
  district(slug: $slug) {
    id
    commentMentionCandidates(targetKind: $targetKind, search: $search) {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<
  CommentMentionCandidatesQuery,
  CommentMentionCandidatesQueryVariables
>;
export const CreateCommentThreadDocument = new TypedDocumentString(`
    mutation CreateCommentThread($input: CreateCommentThreadInput!) {
  createCommentThread(input: $input) {
    thread {
      ...CommentThreadFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment CommentThreadFields on CommentThread {
  id
  version
  targetKind
  sectionKey
  resolved
  resolvedAt
  resolvedByName
  createdAt
  viewerCanReply
  anchor {
    start
    end
    quote
  }
  comments {
    id
    version
    body
    authorName
    createdAt
    edited
    viewerCanEdit
    mentions {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<CreateCommentThreadMutation, CreateCommentThreadMutationVariables>;
export const ReplyToCommentThreadDocument = new TypedDocumentString(`
    mutation ReplyToCommentThread($input: ReplyToCommentThreadInput!) {
  replyToCommentThread(input: $input) {
    comment {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReplyToCommentThreadMutation, ReplyToCommentThreadMutationVariables>;
export const ResolveCommentThreadDocument = new TypedDocumentString(`
    mutation ResolveCommentThread($input: CommentThreadStateInput!) {
  resolveCommentThread(input: $input) {
    thread {
      id
      resolved
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ResolveCommentThreadMutation, ResolveCommentThreadMutationVariables>;
export const ReopenCommentThreadDocument = new TypedDocumentString(`
    mutation ReopenCommentThread($input: CommentThreadStateInput!) {
  reopenCommentThread(input: $input) {
    thread {
      id
      resolved
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReopenCommentThreadMutation, ReopenCommentThreadMutationVariables>;
export const UpdateCommentDocument = new TypedDocumentString(`
    mutation UpdateComment($input: UpdateCommentInput!) {
  updateComment(input: $input) {
    comment {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateCommentMutation, UpdateCommentMutationVariables>;
export const DeleteCommentDocument = new TypedDocumentString(`
    mutation DeleteComment($input: DeleteCommentInput!) {
  deleteComment(input: $input) {
    deletedId
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const DistrictsDocument = new TypedDocumentString(`
    query Districts {
  districts(first: 50) {
    totalCount
    nodes {
      id
      slug
      name
      state
      city
      description
    }
  }
}
    `) as unknown as TypedDocumentString<DistrictsQuery, DistrictsQueryVariables>;
export const DistrictShellDocument = new TypedDocumentString(`
    query DistrictShell($slug: String!) {
  district(slug: $slug) {
    id
    slug
    name
    state
    city
    website
    readiness {
      id
      published
    }
    evaluation {
      id
      published
    }
    publishedOpportunityList {
      id
      number
    }
  }
}
    `) as unknown as TypedDocumentString<DistrictShellQuery, DistrictShellQueryVariables>;
export const DistrictHomeDocument = new TypedDocumentString(`
    query DistrictHome($slug: String!) {
  district(slug: $slug) {
    id
    description
    website
    ncesLeaId
    openOpportunities: opportunities(
      filter: {openOnly: true}
      first: 4
      orderBy: DEADLINE
    ) {
      totalCount
      nodes {
        ...OpportunityCardFields
      }
    }
    partners(first: 0) {
      totalCount
    }
  }
}
    fragment OpportunityCardFields on Opportunity {
  id
  listingId
  title
  summary
  type
  gradeMin
  gradeMax
  locationMode
  compensation
  earnsCredit
  creditAmount
  deadline
  isClosed
  address {
    city
    state
  }
  partner {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<DistrictHomeQuery, DistrictHomeQueryVariables>;
export const WorkspaceEvaluationDocument = new TypedDocumentString(`
    query WorkspaceEvaluation($slug: String!) {
  district(slug: $slug) {
    id
    name
    slug
    flexibilityApplication {
      id
      period {
        firstSchoolYear
        currentYear
      }
    }
    plan {
      id
      goals {
        id
        title
        objectives {
          id
          title
        }
      }
    }
    evaluation {
      ...EvaluationFields
      viewerCanEdit
      viewerCanManage
      viewerSeesUnsuppressed
      indicators {
        targets {
          version
        }
      }
      indicators {
        values {
          version
        }
      }
    }
  }
}
    fragment EvaluationIndicatorFields on Indicator {
  id
  code
  name
  description
  category
  planYears
  unit
  direction
  subgroups
}
fragment EvaluationCellFields on IndicatorCell {
  id
  schoolYear
  schoolNcesId
  subgroup
  value
  n
  source
  suppression
  withheldFromReaders
}
fragment EvaluationFields on DistrictEvaluation {
  id
  minimumN
  published
  publishedAt
  indicators {
    indicator {
      ...EvaluationIndicatorFields
    }
    targets {
      id
      schoolYear
      subgroup
      value
      objectives {
        id
        title
      }
    }
    values {
      ...EvaluationCellFields
    }
  }
}`) as unknown as TypedDocumentString<WorkspaceEvaluationQuery, WorkspaceEvaluationQueryVariables>;
export const PublicEvaluationDocument = new TypedDocumentString(`
    query PublicEvaluation($slug: String!) {
  district(slug: $slug) {
    id
    flexibilityApplication {
      id
      period {
        firstSchoolYear
      }
    }
    evaluation {
      id
      minimumN
      published
      publishedAt
      indicators {
        indicator {
          ...EvaluationIndicatorFields
        }
        targets {
          id
          schoolYear
          subgroup
          value
        }
        values {
          ...EvaluationCellFields
        }
      }
    }
  }
}
    fragment EvaluationIndicatorFields on Indicator {
  id
  code
  name
  description
  category
  planYears
  unit
  direction
  subgroups
}
fragment EvaluationCellFields on IndicatorCell {
  id
  schoolYear
  schoolNcesId
  subgroup
  value
  n
  source
  suppression
  withheldFromReaders
}`) as unknown as TypedDocumentString<PublicEvaluationQuery, PublicEvaluationQueryVariables>;
export const StateEvaluationOverviewDocument = new TypedDocumentString(`
    query StateEvaluationOverview($state: String!, $schoolYear: Int!) {
  stateAgency(state: $state) {
    id
    name
    evaluationOverview(schoolYear: $schoolYear) {
      published
      minimumN
      district {
        id
        name
        slug
      }
      indicators {
        indicator {
          id
          code
          name
          unit
          direction
          category
        }
        target
        value {
          id
          value
          n
          suppression
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StateEvaluationOverviewQuery, StateEvaluationOverviewQueryVariables>;
export const UpsertIndicatorValuesDocument = new TypedDocumentString(`
    mutation UpsertIndicatorValues($input: UpsertIndicatorValuesInput!) {
  upsertIndicatorValues(input: $input) {
    values {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  UpsertIndicatorValuesMutation,
  UpsertIndicatorValuesMutationVariables
>;
export const ImportIndicatorValuesDocument = new TypedDocumentString(`
    mutation ImportIndicatorValues($input: ImportIndicatorValuesInput!) {
  importIndicatorValues(input: $input) {
    applied
    rowCount
    problems {
      row
      column
      message
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  ImportIndicatorValuesMutation,
  ImportIndicatorValuesMutationVariables
>;
export const PublishEvaluationSummaryDocument = new TypedDocumentString(`
    mutation PublishEvaluationSummary($input: EvaluationSummaryInput!) {
  publishEvaluationSummary(input: $input) {
    evaluation {
      id
      published
      publishedAt
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  PublishEvaluationSummaryMutation,
  PublishEvaluationSummaryMutationVariables
>;
export const UnpublishEvaluationSummaryDocument = new TypedDocumentString(`
    mutation UnpublishEvaluationSummary($input: EvaluationSummaryInput!) {
  unpublishEvaluationSummary(input: $input) {
    evaluation {
      id
      published
      publishedAt
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  UnpublishEvaluationSummaryMutation,
  UnpublishEvaluationSummaryMutationVariables
>;
export const SetEvaluationMinimumNDocument = new TypedDocumentString(`
    mutation SetEvaluationMinimumN($input: SetEvaluationMinimumNInput!) {
  setEvaluationMinimumN(input: $input) {
    minimumN
    evaluation {
      id
      minimumN
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  SetEvaluationMinimumNMutation,
  SetEvaluationMinimumNMutationVariables
>;
export const UpsertIndicatorTargetDocument = new TypedDocumentString(`
    mutation UpsertIndicatorTarget($input: UpsertIndicatorTargetInput!) {
  upsertIndicatorTarget(input: $input) {
    target {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  UpsertIndicatorTargetMutation,
  UpsertIndicatorTargetMutationVariables
>;
export const WorkspaceFlexibilityDocument = new TypedDocumentString(`
    query WorkspaceFlexibility($slug: String!) {
  district(slug: $slug) {
    id
    name
    slug
    viewerCanStartFlexibilityApplication
    flexibilityApplication {
      id
      version
      stage
      firstSchoolYear
      period {
        label
        currentYear
      }
      deadlines {
        label
        date
      }
      nextDeadline {
        label
        date
      }
      viewerCanEdit
      viewerCanSubmit
      viewerCanDecide
      areas {
        id
        version
        area
        requirement
        justification
        status
        additional
        conditions
      }
      assurances {
        kind
        title
        narrative
      }
      currentSections {
        ...FlexibilitySectionFields
      }
      submissions(first: 50) {
        nodes {
          id
          number
          kind
          submittedAt
          submittedByName
          sections {
            ...FlexibilitySectionFields
          }
          changes {
            key
            title
            op
            lines {
              op
              text
              previousText
            }
          }
        }
      }
      decisions(first: 50) {
        nodes {
          ...FlexibilityDecisionFields
        }
      }
    }
  }
}
    fragment FlexibilityDecisionFields on FlexibilityDecision {
  id
  kind
  rationale
  requiredChanges
  decidedByName
  decidedAt
  stageAfter
}
fragment FlexibilitySectionFields on FlexibilitySection {
  key
  title
  lines
}`) as unknown as TypedDocumentString<WorkspaceFlexibilityQuery, WorkspaceFlexibilityQueryVariables>;
export const PublicFlexibilityDocument = new TypedDocumentString(`
    query PublicFlexibility($slug: String!) {
  district(slug: $slug) {
    id
    name
    slug
    vision {
      adopted {
        adoptedOn
      }
    }
    flexibilityApplication {
      id
      stage
      period {
        label
      }
      grantedAreas {
        id
        area
        requirement
        justification
        additional
      }
      decisions(first: 50) {
        nodes {
          ...FlexibilityDecisionFields
        }
      }
    }
  }
}
    fragment FlexibilityDecisionFields on FlexibilityDecision {
  id
  kind
  rationale
  requiredChanges
  decidedByName
  decidedAt
  stageAfter
}`) as unknown as TypedDocumentString<PublicFlexibilityQuery, PublicFlexibilityQueryVariables>;
export const StartFlexibilityApplicationDocument = new TypedDocumentString(`
    mutation StartFlexibilityApplication($input: StartFlexibilityApplicationInput!) {
  startFlexibilityApplication(input: $input) {
    application {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  StartFlexibilityApplicationMutation,
  StartFlexibilityApplicationMutationVariables
>;
export const UpdateFlexibilityApplicationDocument = new TypedDocumentString(`
    mutation UpdateFlexibilityApplication($input: UpdateFlexibilityApplicationInput!) {
  updateFlexibilityApplication(input: $input) {
    application {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  UpdateFlexibilityApplicationMutation,
  UpdateFlexibilityApplicationMutationVariables
>;
export const CreateFlexibilityAreaDocument = new TypedDocumentString(`
    mutation CreateFlexibilityArea($input: CreateFlexibilityAreaInput!) {
  createFlexibilityArea(input: $input) {
    area {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  CreateFlexibilityAreaMutation,
  CreateFlexibilityAreaMutationVariables
>;
export const DeleteFlexibilityAreaDocument = new TypedDocumentString(`
    mutation DeleteFlexibilityArea($input: DeleteFlexibilityAreaInput!) {
  deleteFlexibilityArea(input: $input) {
    deletedId
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  DeleteFlexibilityAreaMutation,
  DeleteFlexibilityAreaMutationVariables
>;
export const SubmitFlexibilityApplicationDocument = new TypedDocumentString(`
    mutation SubmitFlexibilityApplication($input: SubmitFlexibilityApplicationInput!) {
  submitFlexibilityApplication(input: $input) {
    submission {
      id
      number
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  SubmitFlexibilityApplicationMutation,
  SubmitFlexibilityApplicationMutationVariables
>;
export const DecideFlexibilityApplicationDocument = new TypedDocumentString(`
    mutation DecideFlexibilityApplication($input: DecideFlexibilityApplicationInput!) {
  decideFlexibilityApplication(input: $input) {
    decision {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  DecideFlexibilityApplicationMutation,
  DecideFlexibilityApplicationMutationVariables
>;
export const WorkspaceFundingDocument = new TypedDocumentString(`
    query WorkspaceFunding($slug: String!, $fiscalYear: Int) {
  fundingPrograms {
    id
    name
    aln
    code
    allowedUses
  }
  district(slug: $slug) {
    id
    name
    plan {
      id
      fiscalYears
      viewerCanUpdateFunding
      viewerCanManageFundingRules
      goals {
        id
        title
        objectives {
          id
          title
        }
      }
      fundingSources(fiscalYear: $fiscalYear) {
        id
        name
        fiscalYear
        amountCents
        allocatedCents
        unallocatedCents
        version
        note
        program {
          id
          name
          aln
        }
        warnings {
          ...FundingWarningFields
        }
        allocations {
          id
          amountCents
          purpose
          note
          version
          objective {
            id
            title
          }
        }
      }
      fundingRules {
        ...FundingRuleFields
      }
      fundingReport(fiscalYear: $fiscalYear) {
        fiscalYear
        bySource {
          csv
          totalAmountCents
          totalAllocatedCents
          totalUnallocatedCents
          rows {
            amountCents
            allocatedCents
            unallocatedCents
            allocationCount
            source {
              id
              name
            }
          }
        }
        byGoal {
          csv
          totalAllocatedCents
          goals {
            allocatedCents
            goal {
              id
              title
            }
            objectives {
              allocatedCents
              objective {
                id
                title
              }
            }
          }
        }
        byCondition {
          csv
          rows {
            condition
            label
            allocatedCents
            objectiveCount
          }
        }
        unallocated {
          csv
          totalUnallocatedCents
          rows {
            amountCents
            unallocatedCents
            carryoverLimitCents
            overCarryoverLimit
            source {
              id
              name
            }
          }
        }
        byFiscalYear {
          csv
          rows {
            fiscalYear
            amountCents
            allocatedCents
            unallocatedCents
            sourceCount
          }
        }
      }
    }
  }
}
    fragment FundingWarningFields on FundingWarning {
  code
  message
}
fragment FundingRuleFields on FundingRule {
  id
  kind
  purpose
  basisPoints
  thresholdCents
  firstFiscalYear
  lastFiscalYear
  active
  isDefault
  citation
  summary
  version
  note
  program {
    id
    name
  }
}`) as unknown as TypedDocumentString<WorkspaceFundingQuery, WorkspaceFundingQueryVariables>;
export const CreateFundingSourceDocument = new TypedDocumentString(`
    mutation CreateFundingSource($input: CreateFundingSourceInput!) {
  createFundingSource(input: $input) {
    source {
      id
      name
    }
    warnings {
      ...FundingWarningFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment FundingWarningFields on FundingWarning {
  code
  message
}`) as unknown as TypedDocumentString<CreateFundingSourceMutation, CreateFundingSourceMutationVariables>;
export const CreateFundingAllocationDocument = new TypedDocumentString(`
    mutation CreateFundingAllocation($input: CreateFundingAllocationInput!) {
  createFundingAllocation(input: $input) {
    allocation {
      id
    }
    source {
      id
      name
      unallocatedCents
    }
    warnings {
      ...FundingWarningFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment FundingWarningFields on FundingWarning {
  code
  message
}`) as unknown as TypedDocumentString<
  CreateFundingAllocationMutation,
  CreateFundingAllocationMutationVariables
>;
export const DeleteFundingAllocationDocument = new TypedDocumentString(`
    mutation DeleteFundingAllocation($input: DeleteFundingItemInput!) {
  deleteFundingAllocation(input: $input) {
    deletedId
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  DeleteFundingAllocationMutation,
  DeleteFundingAllocationMutationVariables
>;
export const CreateFundingRuleDocument = new TypedDocumentString(`
    mutation CreateFundingRule($input: CreateFundingRuleInput!) {
  createFundingRule(input: $input) {
    rule {
      ...FundingRuleFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment FundingRuleFields on FundingRule {
  id
  kind
  purpose
  basisPoints
  thresholdCents
  firstFiscalYear
  lastFiscalYear
  active
  isDefault
  citation
  summary
  version
  note
  program {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateFundingRuleMutation, CreateFundingRuleMutationVariables>;
export const UpdateFundingSourceDocument = new TypedDocumentString(`
    mutation UpdateFundingSource($input: UpdateFundingSourceInput!) {
  updateFundingSource(input: $input) {
    source {
      id
      name
    }
    warnings {
      ...FundingWarningFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment FundingWarningFields on FundingWarning {
  code
  message
}`) as unknown as TypedDocumentString<UpdateFundingSourceMutation, UpdateFundingSourceMutationVariables>;
export const DeleteFundingSourceDocument = new TypedDocumentString(`
    mutation DeleteFundingSource($input: DeleteFundingItemInput!) {
  deleteFundingSource(input: $input) {
    deletedId
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteFundingSourceMutation, DeleteFundingSourceMutationVariables>;
export const UpdateFundingAllocationDocument = new TypedDocumentString(`
    mutation UpdateFundingAllocation($input: UpdateFundingAllocationInput!) {
  updateFundingAllocation(input: $input) {
    allocation {
      id
    }
    source {
      id
      name
      unallocatedCents
    }
    warnings {
      ...FundingWarningFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment FundingWarningFields on FundingWarning {
  code
  message
}`) as unknown as TypedDocumentString<
  UpdateFundingAllocationMutation,
  UpdateFundingAllocationMutationVariables
>;
export const UpdateFundingRuleDocument = new TypedDocumentString(`
    mutation UpdateFundingRule($input: UpdateFundingRuleInput!) {
  updateFundingRule(input: $input) {
    rule {
      ...FundingRuleFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment FundingRuleFields on FundingRule {
  id
  kind
  purpose
  basisPoints
  thresholdCents
  firstFiscalYear
  lastFiscalYear
  active
  isDefault
  citation
  summary
  version
  note
  program {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateFundingRuleMutation, UpdateFundingRuleMutationVariables>;
export const DeleteFundingRuleDocument = new TypedDocumentString(`
    mutation DeleteFundingRule($input: DeleteFundingItemInput!) {
  deleteFundingRule(input: $input) {
    deletedId
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteFundingRuleMutation, DeleteFundingRuleMutationVariables>;
export const DemoAccountsDocument = new TypedDocumentString(`
    query DemoAccounts {
  demoAccounts {
    email
    password
    name
    role
    organizationName
  }
}
    `) as unknown as TypedDocumentString<DemoAccountsQuery, DemoAccountsQueryVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    viewer {
      ...ViewerFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment ViewerFields on Viewer {
  kind
  user {
    id
    name
    email
  }
  memberships {
    id
    role
    district {
      id
      name
      slug
    }
    partner {
      id
      name
      slug
    }
    stateAgency {
      id
      name
      state
    }
  }
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  invitation(token: $token) {
    email
    role
    organizationName
    status
    accountExists
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    viewer {
      ...ViewerFields
    }
    membership {
      id
      role
      district {
        id
        slug
      }
      partner {
        id
        slug
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment ViewerFields on Viewer {
  kind
  user {
    id
    name
    email
  }
  memberships {
    id
    role
    district {
      id
      name
      slug
    }
    partner {
      id
      name
      slug
    }
    stateAgency {
      id
      name
      state
    }
  }
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const OrganizationMembersDocument = new TypedDocumentString(`
    query OrganizationMembers($id: ID!) {
  node(id: $id) {
    id
    ... on District {
      name
      members {
        ...MemberFields
      }
      pendingInvitations {
        ...PendingInvitationFields
      }
    }
    ... on PartnerOrganization {
      name
      members {
        ...MemberFields
      }
      pendingInvitations {
        ...PendingInvitationFields
      }
    }
    ... on StateAgency {
      name
      members {
        ...MemberFields
      }
      pendingInvitations {
        ...PendingInvitationFields
      }
    }
  }
}
    fragment MemberFields on Membership {
  id
  role
  createdAt
  user {
    id
    name
    email
  }
}
fragment PendingInvitationFields on Invitation {
  id
  email
  role
  createdAt
  expiresAt
}`) as unknown as TypedDocumentString<OrganizationMembersQuery, OrganizationMembersQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    invitation {
      ...PendingInvitationFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment PendingInvitationFields on Invitation {
  id
  email
  role
  createdAt
  expiresAt
}`) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($input: IdInput!) {
  revokeInvitation(input: $input) {
    invitation {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const ChangeMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) {
    membership {
      ...MemberFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment MemberFields on Membership {
  id
  role
  createdAt
  user {
    id
    name
    email
  }
}`) as unknown as TypedDocumentString<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($input: RemoveMemberInput!) {
  removeMember(input: $input) {
    membership {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int!, $after: String) {
  unreadNotificationCount
  notifications(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...NotificationFields
    }
  }
}
    fragment NotificationFields on Notification {
  id
  kind
  title
  body
  path
  createdAt
  readAt
}`) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    marked
    unreadNotificationCount
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<
  MarkNotificationsReadMutation,
  MarkNotificationsReadMutationVariables
>;
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  notificationPreferences {
    kind
    label
    email
  }
}
    `) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    notificationPreferences {
      kind
      label
      email
    }
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<
  UpdateNotificationPreferencesMutation,
  UpdateNotificationPreferencesMutationVariables
>;
export const OpportunitySearchDocument = new TypedDocumentString(`
    query OpportunitySearch($slug: String!, $filter: OpportunityFilter, $orderBy: OpportunityOrder, $first: Int!, $after: String) {
  district(slug: $slug) {
    id
    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...OpportunityCardFields
      }
    }
  }
}
    fragment OpportunityCardFields on Opportunity {
  id
  listingId
  title
  summary
  type
  gradeMin
  gradeMax
  locationMode
  compensation
  earnsCredit
  creditAmount
  deadline
  isClosed
  address {
    city
    state
  }
  partner {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<OpportunitySearchQuery, OpportunitySearchQueryVariables>;
export const OpportunitySearchCursorDocument = new TypedDocumentString(`
    query OpportunitySearchCursor($slug: String!, $filter: OpportunityFilter, $orderBy: OpportunityOrder, $first: Int!, $after: String) {
  district(slug: $slug) {
    id
    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpportunitySearchCursorQuery, OpportunitySearchCursorQueryVariables>;
export const DistrictPartnerOptionsDocument = new TypedDocumentString(`
    query DistrictPartnerOptions($slug: String!) {
  district(slug: $slug) {
    id
    partners(first: 100) {
      nodes {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DistrictPartnerOptionsQuery, DistrictPartnerOptionsQueryVariables>;
export const OpportunityDetailDocument = new TypedDocumentString(`
    query OpportunityDetail($slug: String!, $listingId: ID!) {
  district(slug: $slug) {
    id
    opportunity(listingId: $listingId) {
      id
      listingId
      title
      summary
      description
      type
      cedsCode
      firstPublishedAt
      startDate
      endDate
      hoursPerWeek
      locationMode
      address {
        street
        city
        state
        postalCode
      }
      gradeMin
      gradeMax
      minimumAge
      otherRequirements
      capacity
      compensation
      compensationDetails
      earnsCredit
      creditAmount
      creditSubject
      careerCluster
      skills
      applyUrl
      applyEmail
      applyInstructions
      deadline
      isClosed
      accessibilityNotes
      transportNotes
      contact {
        name
        title
        email
        phone
      }
      partner {
        id
        slug
        name
        website
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpportunityDetailQuery, OpportunityDetailQueryVariables>;
export const OpportunityFacetsDocument = new TypedDocumentString(`
    query OpportunityFacets($slug: String!, $filter: OpportunityFilter) {
  district(slug: $slug) {
    id
    opportunityFacets(filter: $filter) {
      closedCount
      types {
        type
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpportunityFacetsQuery, OpportunityFacetsQueryVariables>;
export const WorkspaceOpportunityDraftDocument = new TypedDocumentString(`
    query WorkspaceOpportunityDraft($slug: String!) {
  district(slug: $slug) {
    id
    name
    slug
    publishedOpportunityList {
      id
      number
      publishedAt
      publishedByName
      opportunityCount
    }
    opportunityDraft {
      documentName
      viewerCanView
      viewerCanEdit
      viewerCanEditDistrictListings
      viewerCanPublish
      offerers {
        partnerId
        name
        viewerCanEdit
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  WorkspaceOpportunityDraftQuery,
  WorkspaceOpportunityDraftQueryVariables
>;
export const OpportunityPublishPreviewDocument = new TypedDocumentString(`
    query OpportunityPublishPreview($slug: String!) {
  district(slug: $slug) {
    id
    opportunityDraft {
      publishPreview {
        listingCount
        publishable
        problems {
          listingId
          title
          field
          message
        }
        heldBack {
          listingId
          title
          reason
        }
        newestVersion {
          number
          publishedAt
        }
        changes {
          since
          added {
            listingId
            title
          }
          removed {
            listingId
            title
          }
          changed {
            listingId
            title
            fields
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  OpportunityPublishPreviewQuery,
  OpportunityPublishPreviewQueryVariables
>;
export const PublishOpportunityListDocument = new TypedDocumentString(`
    mutation PublishOpportunityList($input: PublishOpportunityListInput!) {
  publishOpportunityList(input: $input) {
    version {
      id
      number
      opportunityCount
    }
    problems {
      listingId
      title
      field
      message
    }
    heldBack {
      listingId
      title
      reason
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  PublishOpportunityListMutation,
  PublishOpportunityListMutationVariables
>;
export const PartnerOpportunityListsDocument = new TypedDocumentString(`
    query PartnerOpportunityLists($slug: String!) {
  partnerOrganization(slug: $slug) {
    id
    partnerships(first: 100) {
      nodes {
        id
        status
        district {
          id
          name
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerOpportunityListsQuery, PartnerOpportunityListsQueryVariables>;
export const ImportOpportunitiesCsvDocument = new TypedDocumentString(`
    mutation ImportOpportunitiesCsv($input: ImportOpportunitiesCsvInput!) {
  importOpportunitiesCsv(input: $input) {
    importedCount
    rows {
      row
      title
      listingId
      problems {
        field
        message
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  ImportOpportunitiesCsvMutation,
  ImportOpportunitiesCsvMutationVariables
>;
export const DraftHoldBacksDocument = new TypedDocumentString(`
    query DraftHoldBacks($districtId: ID!, $partnerIds: [Int!]!) {
  node(id: $districtId) {
    id
    ... on District {
      opportunityDraft {
        holdBacks(partnerIds: $partnerIds) {
          partnerId
          reason
          remedy
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DraftHoldBacksQuery, DraftHoldBacksQueryVariables>;
export const WorkspaceDistrictProfileDocument = new TypedDocumentString(`
    query WorkspaceDistrictProfile($slug: String!) {
  district(slug: $slug) {
    ...DistrictProfileFields
  }
}
    fragment DistrictProfileFields on District {
  id
  slug
  name
  state
  city
  website
  description
  ncesLeaId
  version
  viewerCanUpdate
  viewerCanCorrectIdentifiers
}`) as unknown as TypedDocumentString<WorkspaceDistrictProfileQuery, WorkspaceDistrictProfileQueryVariables>;
export const UpdateDistrictDocument = new TypedDocumentString(`
    mutation UpdateDistrict($input: UpdateDistrictInput!) {
  updateDistrict(input: $input) {
    district {
      ...DistrictProfileFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment DistrictProfileFields on District {
  id
  slug
  name
  state
  city
  website
  description
  ncesLeaId
  version
  viewerCanUpdate
  viewerCanCorrectIdentifiers
}`) as unknown as TypedDocumentString<UpdateDistrictMutation, UpdateDistrictMutationVariables>;
export const WorkspacePartnerProfileDocument = new TypedDocumentString(`
    query WorkspacePartnerProfile($slug: String!) {
  partnerOrganization(slug: $slug) {
    ...PartnerProfileFields
  }
}
    fragment PartnerProfileFields on PartnerOrganization {
  id
  slug
  name
  kind
  website
  description
  address
  city
  state
  postalCode
  version
  viewerCanUpdate
}`) as unknown as TypedDocumentString<WorkspacePartnerProfileQuery, WorkspacePartnerProfileQueryVariables>;
export const UpdatePartnerOrganizationDocument = new TypedDocumentString(`
    mutation UpdatePartnerOrganization($input: UpdatePartnerOrganizationInput!) {
  updatePartnerOrganization(input: $input) {
    partnerOrganization {
      ...PartnerProfileFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment PartnerProfileFields on PartnerOrganization {
  id
  slug
  name
  kind
  website
  description
  address
  city
  state
  postalCode
  version
  viewerCanUpdate
}`) as unknown as TypedDocumentString<
  UpdatePartnerOrganizationMutation,
  UpdatePartnerOrganizationMutationVariables
>;
export const PartnerDirectoryDocument = new TypedDocumentString(`
    query PartnerDirectory($slug: String!, $kinds: [PartnerKind!], $query: String, $first: Int!, $after: String) {
  district(slug: $slug) {
    id
    partners(kinds: $kinds, query: $query, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        slug
        name
        kind
        city
        state
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerDirectoryQuery, PartnerDirectoryQueryVariables>;
export const PartnerProfileDocument = new TypedDocumentString(`
    query PartnerProfile($partnerSlug: String!) {
  partnerOrganization(slug: $partnerSlug) {
    id
    slug
    name
    kind
    website
    description
    address
    city
    state
    postalCode
    publicContacts {
      name
      title
      email
      phone
    }
    partnerships(first: 50) {
      nodes {
        id
        status
        startDate
        endDate
        commitments
        conditions
        participatesInVision
        district {
          id
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerProfileQuery, PartnerProfileQueryVariables>;
export const PartnerOpportunitiesDocument = new TypedDocumentString(`
    query PartnerOpportunities($slug: String!, $partnerId: ID!) {
  district(slug: $slug) {
    id
    opportunities(
      filter: {partnerId: $partnerId, openOnly: false}
      orderBy: DEADLINE
      first: 50
    ) {
      totalCount
      nodes {
        ...OpportunityCardFields
      }
    }
  }
}
    fragment OpportunityCardFields on Opportunity {
  id
  listingId
  title
  summary
  type
  gradeMin
  gradeMax
  locationMode
  compensation
  earnsCredit
  creditAmount
  deadline
  isClosed
  address {
    city
    state
  }
  partner {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<PartnerOpportunitiesQuery, PartnerOpportunitiesQueryVariables>;
export const ProviderClaimsDocument = new TypedDocumentString(`
    query ProviderClaims($id: ID!) {
  node(id: $id) {
    ... on PartnerOrganization {
      id
      name
      kind
      state
      providerCriteria {
        ...ProviderStandingFields
        viewerCanClaim
      }
    }
  }
}
    fragment ProviderStandingFields on ProviderCriterionStanding {
  criterion {
    id
    title
    description
  }
  claim {
    id
    evidence
    evidenceUrl
    claimedAt
    version
  }
  assessments {
    id
    rating
    note
    assessedByName
    assessedAt
    version
    district {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ProviderClaimsQuery, ProviderClaimsQueryVariables>;
export const ProviderAssessmentsDocument = new TypedDocumentString(`
    query ProviderAssessments($id: ID!, $districtId: ID!) {
  node(id: $id) {
    ... on PartnerOrganization {
      id
      name
      kind
      state
      providerCriteria {
        ...ProviderStandingFields
        viewerCanAssess(districtId: $districtId)
      }
    }
  }
}
    fragment ProviderStandingFields on ProviderCriterionStanding {
  criterion {
    id
    title
    description
  }
  claim {
    id
    evidence
    evidenceUrl
    claimedAt
    version
  }
  assessments {
    id
    rating
    note
    assessedByName
    assessedAt
    version
    district {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ProviderAssessmentsQuery, ProviderAssessmentsQueryVariables>;
export const ClaimProviderCriterionDocument = new TypedDocumentString(`
    mutation ClaimProviderCriterion($input: ClaimProviderCriterionInput!) {
  claimProviderCriterion(input: $input) {
    claim {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  ClaimProviderCriterionMutation,
  ClaimProviderCriterionMutationVariables
>;
export const WithdrawProviderClaimDocument = new TypedDocumentString(`
    mutation WithdrawProviderClaim($input: WithdrawProviderClaimInput!) {
  withdrawProviderClaim(input: $input) {
    claim {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  WithdrawProviderClaimMutation,
  WithdrawProviderClaimMutationVariables
>;
export const AssessProviderDocument = new TypedDocumentString(`
    mutation AssessProvider($input: AssessProviderInput!) {
  assessProvider(input: $input) {
    assessment {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AssessProviderMutation, AssessProviderMutationVariables>;
export const PublicProviderClaimsDocument = new TypedDocumentString(`
    query PublicProviderClaims($id: ID!) {
  node(id: $id) {
    ... on PartnerOrganization {
      id
      providerCriteria {
        criterion {
          id
          title
        }
        claim {
          id
          evidence
          evidenceUrl
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicProviderClaimsQuery, PublicProviderClaimsQueryVariables>;
export const WorkspacePartnerDetailDocument = new TypedDocumentString(`
    query WorkspacePartnerDetail($slug: String!) {
  partnerOrganization(slug: $slug) {
    id
    slug
    name
    kind
    website
    city
    state
    archived
    version
    viewerCanUpdate
    viewerCanArchive
    viewerCanReadPrivate
    viewerCanManageMembers
    partnerships(first: 50) {
      nodes {
        id
        status
        requestState
        startDate
        endDate
        district {
          id
          slug
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspacePartnerDetailQuery, WorkspacePartnerDetailQueryVariables>;
export const CreatePartnerOrganizationDocument = new TypedDocumentString(`
    mutation CreatePartnerOrganization($input: CreatePartnerOrganizationInput!) {
  createPartnerOrganization(input: $input) {
    partnerOrganization {
      id
      slug
      name
    }
    partnership {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  CreatePartnerOrganizationMutation,
  CreatePartnerOrganizationMutationVariables
>;
export const ArchivePartnerOrganizationDocument = new TypedDocumentString(`
    mutation ArchivePartnerOrganization($input: ArchivePartnerOrganizationInput!) {
  archivePartnerOrganization(input: $input) {
    partnerOrganization {
      id
      archived
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  ArchivePartnerOrganizationMutation,
  ArchivePartnerOrganizationMutationVariables
>;
export const UnarchivePartnerOrganizationDocument = new TypedDocumentString(`
    mutation UnarchivePartnerOrganization($input: UnarchivePartnerOrganizationInput!) {
  unarchivePartnerOrganization(input: $input) {
    partnerOrganization {
      id
      archived
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  UnarchivePartnerOrganizationMutation,
  UnarchivePartnerOrganizationMutationVariables
>;
export const CreatePartnerContactDocument = new TypedDocumentString(`
    mutation CreatePartnerContact($input: CreatePartnerContactInput!) {
  createPartnerContact(input: $input) {
    contact {
      ...PartnerContactFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment PartnerContactFields on PartnerContact {
  id
  name
  title
  email
  phone
  publishable
  version
}`) as unknown as TypedDocumentString<CreatePartnerContactMutation, CreatePartnerContactMutationVariables>;
export const UpdatePartnerContactDocument = new TypedDocumentString(`
    mutation UpdatePartnerContact($input: UpdatePartnerContactInput!) {
  updatePartnerContact(input: $input) {
    contact {
      ...PartnerContactFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment PartnerContactFields on PartnerContact {
  id
  name
  title
  email
  phone
  publishable
  version
}`) as unknown as TypedDocumentString<UpdatePartnerContactMutation, UpdatePartnerContactMutationVariables>;
export const DeletePartnerContactDocument = new TypedDocumentString(`
    mutation DeletePartnerContact($input: DeletePartnerContactInput!) {
  deletePartnerContact(input: $input) {
    deletedContactId
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeletePartnerContactMutation, DeletePartnerContactMutationVariables>;
export const WorkspacePartnerContactsDocument = new TypedDocumentString(`
    query WorkspacePartnerContacts($slug: String!) {
  partnerOrganization(slug: $slug) {
    id
    contacts {
      ...PartnerContactFields
    }
  }
}
    fragment PartnerContactFields on PartnerContact {
  id
  name
  title
  email
  phone
  publishable
  version
}`) as unknown as TypedDocumentString<WorkspacePartnerContactsQuery, WorkspacePartnerContactsQueryVariables>;
export const WorkspacePartnerOwnProfileDocument = new TypedDocumentString(`
    query WorkspacePartnerOwnProfile($slug: String!) {
  partnerOrganization(slug: $slug) {
    id
    name
    viewerCanUpdate
    contacts {
      ...PartnerContactFields
    }
  }
}
    fragment PartnerContactFields on PartnerContact {
  id
  name
  title
  email
  phone
  publishable
  version
}`) as unknown as TypedDocumentString<
  WorkspacePartnerOwnProfileQuery,
  WorkspacePartnerOwnProfileQueryVariables
>;
export const WorkspacePartnershipsDocument = new TypedDocumentString(`
    query WorkspacePartnerships($slug: String!, $statuses: [PartnershipStatus!]) {
  district(slug: $slug) {
    id
    viewerCanCreatePartner
    viewerCanProposePartnership
    partnerships(first: 100, statuses: $statuses) {
      totalCount
      nodes {
        id
        status
        requestState
        viewerCanRespond
        version
        startDate
        endDate
        agreementRenewalOn
        vettingStatus
        partner {
          id
          slug
          name
          kind
          city
          state
          archived
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspacePartnershipsQuery, WorkspacePartnershipsQueryVariables>;
export const WorkspacePartnershipDocument = new TypedDocumentString(`
    query WorkspacePartnership($id: ID!) {
  node(id: $id) {
    id
    ... on Partnership {
      ...PartnershipDetailFields
    }
  }
}
    fragment VettingRecordFields on VettingRecord {
  id
  kind
  status
  expiresOn
  verifiedOn
  documentUrl
  note
  version
  updatedAt
}
fragment PartnershipDetailFields on Partnership {
  id
  status
  startDate
  endDate
  commitments
  conditions
  participatesInVision
  agreementUrl
  agreementSignedOn
  agreementRenewalOn
  districtContactName
  districtContactEmail
  partnerContactName
  partnerContactEmail
  notes
  version
  vettingStatus
  viewerCanUpdate
  vetting {
    ...VettingRecordFields
  }
  district {
    id
    slug
    name
  }
  partner {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<WorkspacePartnershipQuery, WorkspacePartnershipQueryVariables>;
export const PartnershipHistoryDocument = new TypedDocumentString(`
    query PartnershipHistory($id: ID!, $first: Int!, $after: String) {
  node(id: $id) {
    id
    ... on Partnership {
      history(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...AuditEntryFields
        }
      }
    }
  }
}
    fragment AuditEntryFields on AuditEntry {
  id
  createdAt
  action
  actorLabel
  targetType
  targetId
  changes {
    field
    from
    to
  }
}`) as unknown as TypedDocumentString<PartnershipHistoryQuery, PartnershipHistoryQueryVariables>;
export const UpdatePartnershipDocument = new TypedDocumentString(`
    mutation UpdatePartnership($input: UpdatePartnershipInput!) {
  updatePartnership(input: $input) {
    partnership {
      ...PartnershipDetailFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment VettingRecordFields on VettingRecord {
  id
  kind
  status
  expiresOn
  verifiedOn
  documentUrl
  note
  version
  updatedAt
}
fragment PartnershipDetailFields on Partnership {
  id
  status
  startDate
  endDate
  commitments
  conditions
  participatesInVision
  agreementUrl
  agreementSignedOn
  agreementRenewalOn
  districtContactName
  districtContactEmail
  partnerContactName
  partnerContactEmail
  notes
  version
  vettingStatus
  viewerCanUpdate
  vetting {
    ...VettingRecordFields
  }
  district {
    id
    slug
    name
  }
  partner {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<UpdatePartnershipMutation, UpdatePartnershipMutationVariables>;
export const RecordVettingDocument = new TypedDocumentString(`
    mutation RecordVetting($input: RecordVettingInput!) {
  recordVetting(input: $input) {
    vettingRecord {
      ...VettingRecordFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment VettingRecordFields on VettingRecord {
  id
  kind
  status
  expiresOn
  verifiedOn
  documentUrl
  note
  version
  updatedAt
}`) as unknown as TypedDocumentString<RecordVettingMutation, RecordVettingMutationVariables>;
export const RemoveVettingDocument = new TypedDocumentString(`
    mutation RemoveVetting($input: RemoveVettingInput!) {
  removeVetting(input: $input) {
    deletedVettingRecordId
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveVettingMutation, RemoveVettingMutationVariables>;
export const ProposablePartnersDocument = new TypedDocumentString(`
    query ProposablePartners {
  partnerOrganizations(first: 100) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProposablePartnersQuery, ProposablePartnersQueryVariables>;
export const ProposePartnershipDocument = new TypedDocumentString(`
    mutation ProposePartnership($input: ProposePartnershipInput!) {
  proposePartnership(input: $input) {
    partnership {
      ...PartnershipRequestFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment PartnershipRequestFields on Partnership {
  id
  status
  requestState
  proposedBy
  viewerCanRespond
  version
}`) as unknown as TypedDocumentString<ProposePartnershipMutation, ProposePartnershipMutationVariables>;
export const ProposePartnershipToDistrictDocument = new TypedDocumentString(`
    mutation ProposePartnershipToDistrict($input: ProposePartnershipToDistrictInput!) {
  proposePartnershipToDistrict(input: $input) {
    partnership {
      ...PartnershipRequestFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment PartnershipRequestFields on Partnership {
  id
  status
  requestState
  proposedBy
  viewerCanRespond
  version
}`) as unknown as TypedDocumentString<
  ProposePartnershipToDistrictMutation,
  ProposePartnershipToDistrictMutationVariables
>;
export const AcceptPartnershipRequestDocument = new TypedDocumentString(`
    mutation AcceptPartnershipRequest($input: AcceptPartnershipRequestInput!) {
  acceptPartnershipRequest(input: $input) {
    partnership {
      ...PartnershipRequestFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment PartnershipRequestFields on Partnership {
  id
  status
  requestState
  proposedBy
  viewerCanRespond
  version
}`) as unknown as TypedDocumentString<
  AcceptPartnershipRequestMutation,
  AcceptPartnershipRequestMutationVariables
>;
export const DeclinePartnershipRequestDocument = new TypedDocumentString(`
    mutation DeclinePartnershipRequest($input: DeclinePartnershipRequestInput!) {
  declinePartnershipRequest(input: $input) {
    partnership {
      ...PartnershipRequestFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment PartnershipRequestFields on Partnership {
  id
  status
  requestState
  proposedBy
  viewerCanRespond
  version
}`) as unknown as TypedDocumentString<
  DeclinePartnershipRequestMutation,
  DeclinePartnershipRequestMutationVariables
>;
export const ProposableDistrictsDocument = new TypedDocumentString(`
    query ProposableDistricts {
  districts(first: 100) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProposableDistrictsQuery, ProposableDistrictsQueryVariables>;
export const WorkspacePlanDocument = new TypedDocumentString(`
    query WorkspacePlan($slug: String!) {
  district(slug: $slug) {
    id
    name
    slug
    plan {
      id
      publishedAt
      publishedByName
      viewerCanUpdate
      viewerCanPublish
      goals {
        ...GoalFields
      }
    }
    partnerships(first: 100) {
      nodes {
        id
        partner {
          id
          name
        }
      }
    }
  }
}
    fragment ObjectiveFields on Objective {
  id
  title
  description
  startDate
  dueDate
  planYear
  status
  conditions
  evidenceTier
  version
  allocatedCents
  responsibleParty {
    kind
    name
  }
}
fragment GoalFields on Goal {
  id
  title
  description
  position
  version
  allocatedCents
  objectives {
    ...ObjectiveFields
  }
}`) as unknown as TypedDocumentString<WorkspacePlanQuery, WorkspacePlanQueryVariables>;
export const WorkspaceObjectiveDocument = new TypedDocumentString(`
    query WorkspaceObjective($id: ID!) {
  node(id: $id) {
    ... on Objective {
      ...ObjectiveFields
      indicatorTargets {
        id
        schoolYear
        subgroup
        value
        indicator {
          id
          name
          unit
        }
        latestValue {
          id
          schoolYear
          value
          n
          suppression
        }
      }
      goal {
        id
        title
      }
      statusHistory {
        status
        previousStatus
        note
        changedAt
        changedByName
      }
      partnerships {
        id
        partner {
          id
          name
        }
      }
      listings {
        listingId
        title
        inNewestList
      }
      history(first: 50) {
        nodes {
          ...AuditEntryFields
        }
      }
    }
  }
}
    fragment AuditEntryFields on AuditEntry {
  id
  createdAt
  action
  actorLabel
  targetType
  targetId
  changes {
    field
    from
    to
  }
}
fragment ObjectiveFields on Objective {
  id
  title
  description
  startDate
  dueDate
  planYear
  status
  conditions
  evidenceTier
  version
  allocatedCents
  responsibleParty {
    kind
    name
  }
}`) as unknown as TypedDocumentString<WorkspaceObjectiveQuery, WorkspaceObjectiveQueryVariables>;
export const CreateGoalDocument = new TypedDocumentString(`
    mutation CreateGoal($input: CreateGoalInput!) {
  createGoal(input: $input) {
    goal {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateGoalMutation, CreateGoalMutationVariables>;
export const UpdateGoalDocument = new TypedDocumentString(`
    mutation UpdateGoal($input: UpdateGoalInput!) {
  updateGoal(input: $input) {
    goal {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const DeleteGoalDocument = new TypedDocumentString(`
    mutation DeleteGoal($input: DeletePlanItemInput!) {
  deleteGoal(input: $input) {
    deletedId
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteGoalMutation, DeleteGoalMutationVariables>;
export const CreateObjectiveDocument = new TypedDocumentString(`
    mutation CreateObjective($input: CreateObjectiveInput!) {
  createObjective(input: $input) {
    objective {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateObjectiveMutation, CreateObjectiveMutationVariables>;
export const UpdateObjectiveDocument = new TypedDocumentString(`
    mutation UpdateObjective($input: UpdateObjectiveInput!) {
  updateObjective(input: $input) {
    objective {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateObjectiveMutation, UpdateObjectiveMutationVariables>;
export const DeleteObjectiveDocument = new TypedDocumentString(`
    mutation DeleteObjective($input: DeletePlanItemInput!) {
  deleteObjective(input: $input) {
    deletedId
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteObjectiveMutation, DeleteObjectiveMutationVariables>;
export const LinkObjectiveDocument = new TypedDocumentString(`
    mutation LinkObjective($input: LinkObjectiveInput!) {
  linkObjective(input: $input) {
    objective {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LinkObjectiveMutation, LinkObjectiveMutationVariables>;
export const PublishPlanDocument = new TypedDocumentString(`
    mutation PublishPlan($input: PublishPlanInput!) {
  publishPlan(input: $input) {
    plan {
      id
      publishedAt
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PublishPlanMutation, PublishPlanMutationVariables>;
export const UnpublishPlanDocument = new TypedDocumentString(`
    mutation UnpublishPlan($input: PublishPlanInput!) {
  unpublishPlan(input: $input) {
    plan {
      id
      publishedAt
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UnpublishPlanMutation, UnpublishPlanMutationVariables>;
export const PublicPlanSummaryDocument = new TypedDocumentString(`
    query PublicPlanSummary($slug: String!, $fiscalYear: Int) {
  district(slug: $slug) {
    id
    name
    slug
    planSummary(fiscalYear: $fiscalYear) {
      fiscalYear
      fiscalYears
      publishedAt
      totalAllocatedCents
      totalAmountCents
      fundingByGoal {
        goalTitle
        allocatedCents
      }
      fundingByProgram {
        programName
        aln
        amountCents
        allocatedCents
      }
      goals {
        title
        description
        allocatedCents
        objectives {
          title
          status
          planYear
          dueDate
          conditions
          evidenceTier
          allocatedCents
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicPlanSummaryQuery, PublicPlanSummaryQueryVariables>;
export const ReorderObjectivesDocument = new TypedDocumentString(`
    mutation ReorderObjectives($input: ReorderObjectivesInput!) {
  reorderObjectives(input: $input) {
    goal {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReorderObjectivesMutation, ReorderObjectivesMutationVariables>;
export const WorkspaceReadinessDocument = new TypedDocumentString(`
    query WorkspaceReadiness($slug: String!) {
  district(slug: $slug) {
    id
    slug
    readiness {
      id
      published
      publishedAt
      viewerCanEdit
      viewerCanPublish
      summary {
        notStarted
        emerging
        inPlace
        sustained
      }
      conditions {
        ...ReadinessConditionFields
        version
        updatedBy {
          name
        }
      }
    }
  }
}
    fragment ReadinessConditionFields on DistrictConditionReadiness {
  condition
  label
  status
  narrative
  updatedAt
  evidence {
    id
    version
    kind
    title
    url
    date
    note
  }
  objectives {
    id
    title
    status
  }
  indicators {
    id
    name
  }
}`) as unknown as TypedDocumentString<WorkspaceReadinessQuery, WorkspaceReadinessQueryVariables>;
export const PublicReadinessDocument = new TypedDocumentString(`
    query PublicReadiness($slug: String!) {
  district(slug: $slug) {
    id
    readiness {
      id
      published
      publishedAt
      summary {
        notStarted
        emerging
        inPlace
        sustained
      }
      conditions {
        ...ReadinessConditionFields
      }
    }
  }
}
    fragment ReadinessConditionFields on DistrictConditionReadiness {
  condition
  label
  status
  narrative
  updatedAt
  evidence {
    id
    version
    kind
    title
    url
    date
    note
  }
  objectives {
    id
    title
    status
  }
  indicators {
    id
    name
  }
}`) as unknown as TypedDocumentString<PublicReadinessQuery, PublicReadinessQueryVariables>;
export const UpdateDistrictConditionDocument = new TypedDocumentString(`
    mutation UpdateDistrictCondition($input: UpdateDistrictConditionInput!) {
  updateDistrictCondition(input: $input) {
    condition {
      condition
      status
      narrative
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  UpdateDistrictConditionMutation,
  UpdateDistrictConditionMutationVariables
>;
export const AddConditionEvidenceDocument = new TypedDocumentString(`
    mutation AddConditionEvidence($input: AddConditionEvidenceInput!) {
  addConditionEvidence(input: $input) {
    evidence {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AddConditionEvidenceMutation, AddConditionEvidenceMutationVariables>;
export const UpdateConditionEvidenceDocument = new TypedDocumentString(`
    mutation UpdateConditionEvidence($input: UpdateConditionEvidenceInput!) {
  updateConditionEvidence(input: $input) {
    evidence {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  UpdateConditionEvidenceMutation,
  UpdateConditionEvidenceMutationVariables
>;
export const RemoveConditionEvidenceDocument = new TypedDocumentString(`
    mutation RemoveConditionEvidence($input: RemoveConditionEvidenceInput!) {
  removeConditionEvidence(input: $input) {
    removedId
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  RemoveConditionEvidenceMutation,
  RemoveConditionEvidenceMutationVariables
>;
export const PublishReadinessDocument = new TypedDocumentString(`
    mutation PublishReadiness($input: PublishReadinessInput!) {
  publishReadiness(input: $input) {
    readiness {
      id
      published
      publishedAt
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PublishReadinessMutation, PublishReadinessMutationVariables>;
export const UnpublishReadinessDocument = new TypedDocumentString(`
    mutation UnpublishReadiness($input: PublishReadinessInput!) {
  unpublishReadiness(input: $input) {
    readiness {
      id
      published
      publishedAt
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UnpublishReadinessMutation, UnpublishReadinessMutationVariables>;
export const StateProvidersDocument = new TypedDocumentString(`
    query StateProviders($state: String!) {
  stateAgency(state: $state) {
    id
    name
    technicalAssistanceProviders {
      id
      name
      slug
      city
      providerCriteria(state: $state) {
        ...ProviderStandingFields
      }
    }
  }
}
    fragment ProviderStandingFields on ProviderCriterionStanding {
  criterion {
    id
    title
    description
  }
  claim {
    id
    evidence
    evidenceUrl
    claimedAt
    version
  }
  assessments {
    id
    rating
    note
    assessedByName
    assessedAt
    version
    district {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<StateProvidersQuery, StateProvidersQueryVariables>;
export const StateAgencySettingsDocument = new TypedDocumentString(`
    query StateAgencySettings($state: String!) {
  stateAgency(state: $state) {
    ...StateAgencyFields
  }
}
    fragment StateAgencyFields on StateAgency {
  id
  name
  state
  website
  reviewersMayDecide
  version
  viewerCanUpdate
}`) as unknown as TypedDocumentString<StateAgencySettingsQuery, StateAgencySettingsQueryVariables>;
export const UpdateStateAgencyDocument = new TypedDocumentString(`
    mutation UpdateStateAgency($input: UpdateStateAgencyInput!) {
  updateStateAgency(input: $input) {
    stateAgency {
      ...StateAgencyFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment StateAgencyFields on StateAgency {
  id
  name
  state
  website
  reviewersMayDecide
  version
  viewerCanUpdate
}`) as unknown as TypedDocumentString<UpdateStateAgencyMutation, UpdateStateAgencyMutationVariables>;
export const CreateDistrictDocument = new TypedDocumentString(`
    mutation CreateDistrict($input: CreateDistrictInput!) {
  createDistrict(input: $input) {
    district {
      id
      name
      slug
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateDistrictMutation, CreateDistrictMutationVariables>;
export const PublicStateDocument = new TypedDocumentString(`
    query PublicState($state: String!, $first: Int, $after: String) {
  stateAgency(state: $state) {
    id
    name
    state
    website
    criteria {
      id
      title
      description
    }
    districts(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        name
        slug
        stage
        district {
          id
          city
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicStateQuery, PublicStateQueryVariables>;
export const StateDistrictOverviewDocument = new TypedDocumentString(`
    query StateDistrictOverview($state: String!, $filter: DistrictOverviewFilter, $first: Int, $after: String) {
  stateAgency(state: $state) {
    id
    name
    state
    viewerCanReadOverview
    districtOverview(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        name
        slug
        stage
        firstSchoolYear
        nextDeadline {
          label
          date
        }
        openCommentCount
        objectivesAtRisk
        objectivesOffTrack
        fundingAmountCents
        fundingAllocatedCents
        fundingUnallocatedShare
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StateDistrictOverviewQuery, StateDistrictOverviewQueryVariables>;
export const StateCriteriaDocument = new TypedDocumentString(`
    query StateCriteria($state: String!) {
  stateAgency(state: $state) {
    id
    name
    viewerCanManageCriteria
    criteria(includeArchived: true) {
      id
      title
      description
      position
      archived
      version
    }
  }
}
    `) as unknown as TypedDocumentString<StateCriteriaQuery, StateCriteriaQueryVariables>;
export const CreateProviderCriterionDocument = new TypedDocumentString(`
    mutation CreateProviderCriterion($input: CreateProviderCriterionInput!) {
  createProviderCriterion(input: $input) {
    criterion {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  CreateProviderCriterionMutation,
  CreateProviderCriterionMutationVariables
>;
export const UpdateProviderCriterionDocument = new TypedDocumentString(`
    mutation UpdateProviderCriterion($input: UpdateProviderCriterionInput!) {
  updateProviderCriterion(input: $input) {
    criterion {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<
  UpdateProviderCriterionMutation,
  UpdateProviderCriterionMutationVariables
>;
export const WorkspaceVisionDocument = new TypedDocumentString(`
    query WorkspaceVision($slug: String!) {
  district(slug: $slug) {
    id
    name
    slug
    viewerCanReadVisionComments
    viewerCanCommentOnVision
    vision {
      documentName
      viewerCanView
      viewerCanEdit
      viewerCanAdopt
      versions(first: 100) {
        totalCount
        nodes {
          ...VisionVersionFields
        }
      }
    }
  }
}
    fragment VisionVersionFields on VisionVersion {
  id
  number
  name
  createdAt
  createdByName
  adopted
  adoptedAt
  adoptedOn
  resolution
}`) as unknown as TypedDocumentString<WorkspaceVisionQuery, WorkspaceVisionQueryVariables>;
export const VisionDiffDocument = new TypedDocumentString(`
    query VisionDiff($slug: String!, $versionId: ID!) {
  district(slug: $slug) {
    id
    vision {
      diff(versionId: $versionId) {
        kind
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VisionDiffQuery, VisionDiffQueryVariables>;
export const PartnerVisionsDocument = new TypedDocumentString(`
    query PartnerVisions($slug: String!) {
  partnerOrganization(slug: $slug) {
    id
    partnerships(first: 100) {
      nodes {
        id
        status
        participatesInVision
        district {
          id
          name
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerVisionsQuery, PartnerVisionsQueryVariables>;
export const SaveVisionVersionDocument = new TypedDocumentString(`
    mutation SaveVisionVersion($input: SaveVisionVersionInput!) {
  saveVisionVersion(input: $input) {
    version {
      ...VisionVersionFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment VisionVersionFields on VisionVersion {
  id
  number
  name
  createdAt
  createdByName
  adopted
  adoptedAt
  adoptedOn
  resolution
}`) as unknown as TypedDocumentString<SaveVisionVersionMutation, SaveVisionVersionMutationVariables>;
export const RestoreVisionVersionDocument = new TypedDocumentString(`
    mutation RestoreVisionVersion($input: RestoreVisionVersionInput!) {
  restoreVisionVersion(input: $input) {
    version {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RestoreVisionVersionMutation, RestoreVisionVersionMutationVariables>;
export const AdoptVisionVersionDocument = new TypedDocumentString(`
    mutation AdoptVisionVersion($input: AdoptVisionVersionInput!) {
  adoptVisionVersion(input: $input) {
    version {
      ...VisionVersionFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment VisionVersionFields on VisionVersion {
  id
  number
  name
  createdAt
  createdByName
  adopted
  adoptedAt
  adoptedOn
  resolution
}`) as unknown as TypedDocumentString<AdoptVisionVersionMutation, AdoptVisionVersionMutationVariables>;
export const PublicVisionDocument = new TypedDocumentString(`
    query PublicVision($slug: String!) {
  district(slug: $slug) {
    id
    vision {
      adopted {
        html
        adoptedAt
        adoptedOn
        resolution
        versionName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicVisionQuery, PublicVisionQueryVariables>;
export const WorkspaceDistrictAccessDocument = new TypedDocumentString(`
    query WorkspaceDistrictAccess($slug: String!) {
  district(slug: $slug) {
    id
    name
    state
    viewerCanReadPrivate
    viewerCanUpdate
    viewerCanCreatePartner
    viewerCanManageMembers
    viewerCanManageTokens
    viewerCanReadAudit
  }
}
    `) as unknown as TypedDocumentString<WorkspaceDistrictAccessQuery, WorkspaceDistrictAccessQueryVariables>;
export const WorkspacePartnerAccessDocument = new TypedDocumentString(`
    query WorkspacePartnerAccess($slug: String!) {
  partnerOrganization(slug: $slug) {
    id
    name
    viewerCanUpdate
    viewerCanArchive
    viewerCanManageMembers
    viewerCanManageTokens
  }
}
    `) as unknown as TypedDocumentString<WorkspacePartnerAccessQuery, WorkspacePartnerAccessQueryVariables>;
export const WorkspaceDistrictOverviewDocument = new TypedDocumentString(`
    query WorkspaceDistrictOverview($slug: String!) {
  district(slug: $slug) {
    id
    name
    city
    state
    ncesLeaId
    partnerships(first: 100) {
      totalCount
      nodes {
        id
        status
        vettingStatus
      }
    }
    publishedOpportunityList {
      id
      number
      publishedAt
      opportunityCount
    }
  }
}
    `) as unknown as TypedDocumentString<
  WorkspaceDistrictOverviewQuery,
  WorkspaceDistrictOverviewQueryVariables
>;
export const WorkspacePartnerOverviewDocument = new TypedDocumentString(`
    query WorkspacePartnerOverview($slug: String!) {
  partnerOrganization(slug: $slug) {
    id
    live: opportunities(first: 100) {
      totalCount
      nodes {
        id
        listingId
        title
        district {
          id
          slug
          name
        }
      }
    }
    slug
    name
    kind
    website
    city
    state
    description
    viewerCanProposePartnership
    requests: partnerships(first: 100, statuses: [PROSPECT]) {
      nodes {
        ...PartnershipRequestFields
        commitments
        district {
          id
          name
          slug
        }
      }
    }
    partnerships(first: 100, statuses: [ACTIVE, PAUSED, ENDED]) {
      totalCount
      nodes {
        id
        status
        startDate
        endDate
        commitments
        vettingStatus
        agreementRenewalOn
        vetting {
          id
          kind
          expiresOn
        }
        publishingHoldBack {
          reason
          remedy
        }
        district {
          id
          name
          slug
          city
          state
        }
      }
    }
  }
}
    fragment PartnershipRequestFields on Partnership {
  id
  status
  requestState
  proposedBy
  viewerCanRespond
  version
}`) as unknown as TypedDocumentString<WorkspacePartnerOverviewQuery, WorkspacePartnerOverviewQueryVariables>;
export const WorkspaceStateAccessDocument = new TypedDocumentString(`
    query WorkspaceStateAccess($state: String!) {
  stateAgency(state: $state) {
    id
    name
    viewerCanReadPrivate
    viewerCanUpdate
    viewerCanCreateDistrict
    viewerCanManageMembers
    viewerCanReadOverview
    viewerCanManageCriteria
  }
}
    `) as unknown as TypedDocumentString<WorkspaceStateAccessQuery, WorkspaceStateAccessQueryVariables>;
export const WorkspaceStateDistrictsDocument = new TypedDocumentString(`
    query WorkspaceStateDistricts($state: String!) {
  districts(state: $state, first: 100) {
    totalCount
    edges {
      node {
        id
        name
        slug
        city
        ncesLeaId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceStateDistrictsQuery, WorkspaceStateDistrictsQueryVariables>;
