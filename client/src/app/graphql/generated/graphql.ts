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

/** A postal address. */
export type Address = {
  city?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Two-letter state code. */
  state?: Maybe<Scalars['String']['output']>;
  street?: Maybe<Scalars['String']['output']>;
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

export type ChangeMemberRoleInput = {
  membershipId: Scalars['ID']['input'];
  role: Role;
};

export type Compensation = 'PAID' | 'STIPEND' | 'UNPAID';

/** A contact person. The public sees only those marked publishable. */
export type Contact = {
  email?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** Whether the contact agreed to be shown publicly. */
  publishable: Scalars['Boolean']['output'];
  title?: Maybe<Scalars['String']['output']>;
  /** Pass it back when updating; a stale value is refused. */
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

/** A new relationship between a district and a partner organization. */
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
  /** A short public introduction. */
  description?: Maybe<Scalars['String']['output']>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** People and their roles (district admins). */
  members: Array<Membership>;
  name: Scalars['String']['output'];
  /** NCES LEA ID: 2-digit state FIPS code and 5 digits. */
  ncesLeaId: Scalars['String']['output'];
  /** Opportunities in the district's newest published list. */
  opportunities: OpportunityConnection;
  /** A listing of the newest published list by its stable listing id. */
  opportunity?: Maybe<Opportunity>;
  opportunityListVersion?: Maybe<OpportunityListVersion>;
  /** Every published version, newest first. */
  opportunityListVersions: Array<OpportunityListVersion>;
  /** Organizations partnering with the district that are in the directory (not archived). */
  partners: PartnerOrganizationConnection;
  /** The district's partnerships you may see: prospects only with 'partnership:read'. */
  partnerships: PartnershipConnection;
  /** Pending invitations (district admins). */
  pendingInvitations: Array<Invitation>;
  /** The newest published version. */
  publishedOpportunityList?: Maybe<OpportunityListVersion>;
  /** Short name used in public URLs. */
  slug: Scalars['String']['output'];
  /** Two-letter state code. */
  state: Scalars['String']['output'];
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
  /** Whether you may add partner organizations and partnerships for the district. */
  viewerCanCreatePartner: Scalars['Boolean']['output'];
  /** Whether you may change the district profile. */
  viewerCanUpdate: Scalars['Boolean']['output'];
  website?: Maybe<Scalars['String']['output']>;
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

export type IdInput = {
  id: Scalars['ID']['input'];
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

export type LocationMode = 'HYBRID' | 'ON_SITE' | 'REMOTE';

/** A person's role in a district or a partner organization. */
export type Membership = Node & {
  createdAt: Scalars['DateTimeISO']['output'];
  district?: Maybe<District>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  partner?: Maybe<PartnerOrganization>;
  role: Role;
  user: User;
};

export type MembershipPayload = {
  membership?: Maybe<Membership>;
  userErrors: Array<UserError>;
};

export type Mutation = {
  /** Accepts an invitation: joins as the signed-in person, or creates an account and signs in. */
  acceptInvitation: AcceptInvitationPayload;
  /** Takes a partner out of the public directory; its partnerships and history stay. */
  archivePartnerOrganization: ArchivePartnerOrganizationPayload;
  /** Changes a member's role (organization admins). */
  changeMemberRole: MembershipPayload;
  /** Creates an API token; the secret is in the payload, once. */
  createApiToken: CreateApiTokenPayload;
  /** Adds a contact person to a partner. */
  createPartnerContact: CreatePartnerContactPayload;
  /** Adds a partner organization for a district (district staff), by default as a prospect. */
  createPartnerOrganization: CreatePartnerOrganizationPayload;
  /** Starts a relationship between a district and a partner (district staff). */
  createPartnership: CreatePartnershipPayload;
  /** Removes a partner's contact person. */
  deletePartnerContact: DeletePartnerContactPayload;
  /** Invites someone by e-mail to join an organization with a role. */
  inviteMember: InviteMemberPayload;
  /** Creates or updates the partnership's vetting record of one kind (district staff). */
  recordVetting: RecordVettingPayload;
  /** Removes a member (organization admins), or leaves (the member). */
  removeMember: MembershipPayload;
  /** Removes a vetting record (district staff). */
  removeVetting: RemoveVettingPayload;
  /** E-mails a password reset link if the address has an account. */
  requestPasswordReset: RequestPasswordResetPayload;
  /** Sets a new password from an e-mailed link and signs in. */
  resetPassword: ResetPasswordPayload;
  /** Revokes an API token at once. */
  revokeApiToken: RevokeApiTokenPayload;
  /** Withdraws a pending invitation; its link stops working. */
  revokeInvitation: RevokeInvitationPayload;
  /** Signs in with e-mail and password; sets the session cookie. */
  signIn: SignInPayload;
  /** Ends this session and clears the cookie. */
  signOut: SignOutPayload;
  /** Ends every session of the signed-in person, on every device. */
  signOutEverywhere: SignOutPayload;
  /** Brings an archived partner back into the public directory. */
  unarchivePartnerOrganization: UnarchivePartnerOrganizationPayload;
  /** Changes the district profile (district admins). */
  updateDistrict: UpdateDistrictPayload;
  /** Changes a partner's contact person. */
  updatePartnerContact: UpdatePartnerContactPayload;
  /** Changes a partner's profile (its members; partnered district staff until it has members). */
  updatePartnerOrganization: UpdatePartnerOrganizationPayload;
  /** Changes a partnership, its status included (district staff). */
  updatePartnership: UpdatePartnershipPayload;
};

export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};

export type MutationArchivePartnerOrganizationArgs = {
  input: ArchivePartnerOrganizationInput;
};

export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};

export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
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

export type MutationDeletePartnerContactArgs = {
  input: DeletePartnerContactInput;
};

export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};

export type MutationRecordVettingArgs = {
  input: RecordVettingInput;
};

export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};

export type MutationRemoveVettingArgs = {
  input: RemoveVettingInput;
};

export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};

export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};

export type MutationRevokeApiTokenArgs = {
  input: IdInput;
};

export type MutationRevokeInvitationArgs = {
  input: IdInput;
};

export type MutationSignInArgs = {
  input: SignInInput;
};

export type MutationUnarchivePartnerOrganizationArgs = {
  input: UnarchivePartnerOrganizationInput;
};

export type MutationUpdateDistrictArgs = {
  input: UpdateDistrictInput;
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

export type Node = {
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
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

export type OpportunityEdge = {
  cursor: Scalars['String']['output'];
  node: Opportunity;
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

/** One immutable, numbered publication of a district's opportunity list. */
export type OpportunityListVersion = Node & {
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
export type OpportunityListVersionOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OpportunityOrder>;
};

export type OpportunityOrder = 'DEADLINE' | 'NEWEST' | 'TITLE';

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
  /** Pass it back when updating; a stale value is refused. */
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
  | 'RECREATION';

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
  /** Contacts who agreed to be listed publicly. */
  publicContacts: Array<Contact>;
  /** Short name used in public URLs. */
  slug: Scalars['String']['output'];
  state?: Maybe<Scalars['String']['output']>;
  /** Pass it back when updating; a stale value is refused. */
  version: Scalars['Int']['output'];
  /** Whether you may archive or unarchive the partner. */
  viewerCanArchive: Scalars['Boolean']['output'];
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
  /** YYYY-MM-DD */
  startDate?: Maybe<Scalars['String']['output']>;
  status: PartnershipStatus;
  /** Pass it back when updating; a stale value is refused. Members of the two organizations only ('partnership:read'); others get FORBIDDEN. */
  version: Scalars['Int']['output'];
  /** Recorded vetting requirements, one per kind ('partnership:read'). */
  vetting: Array<VettingRecord>;
  /** The worst status over every kind; a kind without a record is MISSING ('partnership:read'). */
  vettingStatus: VettingStatus;
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

export type PartnershipStatus = 'ACTIVE' | 'ENDED' | 'PAUSED' | 'PROSPECT';

export type Query = {
  /** An organization's audit log, newest first (its admins). */
  auditLog: AuditEntryConnection;
  /** Demo accounts; empty unless this is a demo installation. */
  demoAccounts: Array<DemoAccountType>;
  /** A district by the short name in its public URL. */
  district?: Maybe<District>;
  /** Every district on this PartnerHub, by name. */
  districts: DistrictConnection;
  /** What an invitation link offers; null if unknown. */
  invitation?: Maybe<InvitationPreview>;
  /** Fetches any object by its global id. */
  node?: Maybe<Node>;
  /** Fetches up to 100 objects by global id. */
  nodes: Array<Maybe<Node>>;
  /** A published opportunity by its global id. */
  opportunity?: Maybe<Opportunity>;
  /** A partner organization by its public short name. */
  partnerOrganization?: Maybe<PartnerOrganization>;
  /** All partner organizations, by name. */
  partnerOrganizations: PartnerOrganizationConnection;
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
  'DISTRICT_ADMIN' | 'DISTRICT_STAFF' | 'PARTNER_ADMIN' | 'PARTNER_MEMBER' | 'STATE_REVIEWER';

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

/** Changes to a district profile; omitted fields stay as they are. */
export type UpdateDistrictInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; a stale one is refused with code STALE. */
  version: Scalars['Int']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDistrictPayload = {
  district?: Maybe<District>;
  userErrors: Array<UserError>;
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

export type ViewerFieldsFragment = {
  kind: ViewerKind;
  user?: { id: string; name: string; email?: string | null } | null;
  memberships: Array<{
    id: string;
    role: Role;
    district?: { id: string; name: string; slug: string } | null;
    partner?: { id: string; name: string; slug: string } | null;
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
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
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

export type WorkspaceDistrictAccessQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkspaceDistrictAccessQuery = {
  district?: { id: string; name: string; viewerCanUpdate: boolean; viewerCanCreatePartner: boolean } | null;
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
    partnerships: {
      totalCount: number;
      nodes: Array<{
        id: string;
        status: PartnershipStatus;
        startDate?: string | null;
        endDate?: string | null;
        commitments?: string | null;
        vettingStatus: VettingStatus;
        district: { id: string; name: string; slug: string; city?: string | null; state: string };
      }>;
    };
  } | null;
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
    query AuditLog($organizationId: ID!, $action: String, $since: DateTimeISO, $first: Int!, $after: String) {
  auditLog(
    organizationId: $organizationId
    action: $action
    since: $since
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
export const WorkspaceDistrictAccessDocument = new TypedDocumentString(`
    query WorkspaceDistrictAccess($slug: String!) {
  district(slug: $slug) {
    id
    name
    viewerCanUpdate
    viewerCanCreatePartner
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
    slug
    name
    kind
    website
    city
    state
    description
    partnerships(first: 100) {
      totalCount
      nodes {
        id
        status
        startDate
        endDate
        commitments
        vettingStatus
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
    `) as unknown as TypedDocumentString<
  WorkspacePartnerOverviewQuery,
  WorkspacePartnerOverviewQueryVariables
>;
