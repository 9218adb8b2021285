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
};

/** A postal address. */
export type Address = {
  city?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Two-letter state code. */
  state?: Maybe<Scalars['String']['output']>;
  street?: Maybe<Scalars['String']['output']>;
};

export type Compensation = 'PAID' | 'STIPEND' | 'UNPAID';

/** A contact person who agreed to be listed publicly. */
export type Contact = {
  email?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

/** A school district (local education agency). */
export type District = Node & {
  city?: Maybe<Scalars['String']['output']>;
  /** A short public introduction. */
  description?: Maybe<Scalars['String']['output']>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
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
  /** Organizations partnering with the district. */
  partners: PartnerOrganizationConnection;
  /** The district's partnerships the public may see. */
  partnerships: PartnershipConnection;
  /** The newest published version. */
  publishedOpportunityList?: Maybe<OpportunityListVersion>;
  /** Short name used in public URLs. */
  slug: Scalars['String']['output'];
  /** Two-letter state code. */
  state: Scalars['String']['output'];
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

export type LocationMode = 'HYBRID' | 'ON_SITE' | 'REMOTE';

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
  city?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  kind: PartnerKind;
  name: Scalars['String']['output'];
  /** The partner's listings in every district's newest list. */
  opportunities: OpportunityConnection;
  /** The partner's partnerships the public may see. */
  partnerships: PartnershipConnection;
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Contacts who agreed to be listed publicly. */
  publicContacts: Array<Contact>;
  /** Short name used in public URLs. */
  slug: Scalars['String']['output'];
  state?: Maybe<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
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
  /** What the partner commits to provide. */
  commitments?: Maybe<Scalars['String']['output']>;
  /** District conditions this partnership supports. */
  conditions: Array<DistrictCondition>;
  district: District;
  /** YYYY-MM-DD */
  endDate?: Maybe<Scalars['String']['output']>;
  /** An opaque global id; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Whether the partner takes part in shaping the vision and strategic plan. */
  participatesInVision: Scalars['Boolean']['output'];
  partner: PartnerOrganization;
  /** YYYY-MM-DD */
  startDate?: Maybe<Scalars['String']['output']>;
  status: PartnershipStatus;
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
  /** A district by the short name in its public URL. */
  district?: Maybe<District>;
  /** Every district on this PartnerHub, by name. */
  districts: DistrictConnection;
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
};

export type QueryDistrictArgs = {
  slug: Scalars['String']['input'];
};

export type QueryDistrictsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
