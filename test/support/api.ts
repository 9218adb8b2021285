import type {
  Compensation,
  LocationMode,
  OpportunityOrder,
  OpportunityType,
  PartnerKind,
} from '@partnerhub/shared';

/** The server's GraphQL API, used to compute what a page should show. */
export class Api {
  constructor(private readonly baseUrl: string) {}

  async query<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (!res.ok || body.errors?.length || !body.data) {
      throw new Error(`GraphQL request failed (HTTP ${res.status}): ${JSON.stringify(body.errors ?? body)}`);
    }
    return body.data;
  }

  async districts(): Promise<DistrictSummary[]> {
    const data = await this.query<{ districts: { nodes: DistrictSummary[] } }>(
      'query { districts(first: 100) { nodes { slug name } } }',
    );
    return data.districts.nodes;
  }

  /** One page of a district's opportunities, as the list page would request it. */
  async opportunities(
    slug: string,
    filter: OpportunityFilter = {},
    options: { first?: number; after?: string | null; orderBy?: OpportunityOrder } = {},
  ): Promise<OpportunityPage> {
    const data = await this.query<{ district: { opportunities: OpportunityPage } | null }>(
      `query ($slug: String!, $filter: OpportunityFilter, $first: Int, $after: String, $orderBy: OpportunityOrder) {
        district(slug: $slug) {
          opportunities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { ${OPPORTUNITY_FIELDS} }
          }
        }
      }`,
      {
        slug,
        filter,
        first: options.first ?? 20,
        after: options.after ?? null,
        orderBy: options.orderBy ?? 'DEADLINE',
      },
    );
    if (!data.district) throw new Error(`No district "${slug}" in the API.`);
    return data.district.opportunities;
  }

  /** Every opportunity of a district that matches the filter, in the given order. */
  async allOpportunities(
    slug: string,
    filter: OpportunityFilter = {},
    orderBy: OpportunityOrder = 'DEADLINE',
  ): Promise<ApiOpportunity[]> {
    const all: ApiOpportunity[] = [];
    let after: string | null = null;
    for (;;) {
      const page: OpportunityPage = await this.opportunities(slug, filter, { first: 100, after, orderBy });
      all.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return all;
      after = page.pageInfo.endCursor;
    }
  }

  async partners(slug: string, args: { kinds?: PartnerKind[]; query?: string } = {}): Promise<ApiPartner[]> {
    const data = await this.query<{ district: { partners: { nodes: ApiPartner[] } } | null }>(
      `query ($slug: String!, $kinds: [PartnerKind!], $query: String) {
        district(slug: $slug) { partners(first: 100, kinds: $kinds, query: $query) { nodes { id slug name kind } } }
      }`,
      { slug, kinds: args.kinds ?? null, query: args.query ?? null },
    );
    if (!data.district) throw new Error(`No district "${slug}" in the API.`);
    return data.district.partners.nodes;
  }
}

const OPPORTUNITY_FIELDS = `
  listingId title deadline isClosed compensation type locationMode
  gradeMin gradeMax minimumAge capacity earnsCredit applyUrl applyEmail
  address { street city state postalCode }
  partner { id slug name }
  contact { name email phone }
`;

export interface DistrictSummary {
  slug: string;
  name: string;
}

export interface OpportunityFilter {
  query?: string;
  types?: OpportunityType[];
  grade?: number;
  locationModes?: LocationMode[];
  paid?: boolean;
  compensations?: Compensation[];
  partnerId?: string;
  earnsCredit?: boolean;
  openOnly?: boolean;
}

export interface ApiOpportunity {
  listingId: string;
  title: string;
  deadline: string | null;
  isClosed: boolean;
  compensation: Compensation;
  type: OpportunityType;
  locationMode: LocationMode;
  gradeMin: number;
  gradeMax: number;
  minimumAge: number | null;
  capacity: number | null;
  earnsCredit: boolean;
  applyUrl: string | null;
  applyEmail: string | null;
  address: {
    street: string | null;
    city: string | null;
    state: string | null;
    postalCode: string | null;
  } | null;
  partner: { id: string; slug: string; name: string } | null;
  contact: { name: string; email: string | null; phone: string | null } | null;
}

export interface OpportunityPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: ApiOpportunity[];
}

export interface ApiPartner {
  id: string;
  slug: string;
  name: string;
  kind: PartnerKind;
}
