import { ApiTokenScope, Role, docName } from '@partnerhub/shared';
import { expect } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { DatabaseConfig } from '../config.js';
import type { EntityManager } from '../db/orm.js';
import { toGlobalId } from '../graphql/global-id.js';
import { type TestApp, sessionCookieOf, startTestApp } from './app.js';
import { buildDistrict, buildPartner, buildPartnership } from './factories.js';
import { TEST_PASSWORD, buildApiToken, buildMember } from './identity-factories.js';
import type { District, PartnerOrganization } from '../modules/organizations/index.js';

export type Who = 'admin' | 'staff' | 'reviewer' | 'partner' | 'partnerToken' | 'otherPartner' | 'anonymous';

type Result<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

export interface ListWorld {
  t: TestApp;
  em(): EntityManager;
  district: District;
  /** Global ids. */
  ids: { district: string; partner: string; otherPartner: string; otherDistrict: string };
  partner: PartnerOrganization;
  otherPartner: PartnerOrganization;
  otherDistrict: District;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  gql<T = Record<string, any>>(
    who: Who,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<Result<T>>;
  /** The same, sent to another instance at `baseUrl`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  gqlAt<T = Record<string, any>>(
    baseUrl: string,
    who: Who,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<Result<T>>;
  /** A y-websocket client on a district's opportunities document, signed in as `who`; synced. */
  connect(
    who: Who,
    districtId?: number,
    baseUrl?: string,
  ): Promise<{ ydoc: Y.Doc; provider: WebsocketProvider }>;
  close(): Promise<void>;
}

/**
 * A district with two actively partnered organizations, an unrelated district, members of each
 * organization, and a read-write API token of the first partner.
 */
export async function startListWorld(
  dialect: DatabaseConfig['dialect'],
  env: Record<string, string> = {},
): Promise<ListWorld> {
  const t = await startTestApp(dialect, env);
  const em = t.app.orm.em.fork() as EntityManager;
  const district = await buildDistrict(em);
  const otherDistrict = await buildDistrict(em);
  const partner = await buildPartner(em);
  const otherPartner = await buildPartner(em);
  await buildPartnership(em, { district, partner });
  await buildPartnership(em, { district, partner: otherPartner });
  const headers: Partial<Record<Who, Record<string, string>>> = { anonymous: {} };
  const members: [Who, Role, Parameters<typeof buildMember>[2]][] = [
    ['admin', Role.DISTRICT_ADMIN, { district }],
    ['staff', Role.DISTRICT_STAFF, { district }],
    ['reviewer', Role.STATE_REVIEWER, { district }],
    ['partner', Role.PARTNER_MEMBER, { partner }],
    ['otherPartner', Role.PARTNER_MEMBER, { partner: otherPartner }],
  ];
  for (const [who, role, org] of members) {
    const user = await buildMember(em, role, org);
    const { res } = await t.gql(
      'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { userErrors { code } } }',
      { e: user.email, p: TEST_PASSWORD },
    );
    headers[who] = { cookie: sessionCookieOf(res)! };
  }
  headers.partnerToken = {
    authorization: `Bearer ${await buildApiToken(em, ApiTokenScope.READ_WRITE, { partner })}`,
  };
  const providers: WebsocketProvider[] = [];
  return {
    t,
    em: () => t.app.orm.em.fork() as EntityManager,
    district,
    partner,
    otherPartner,
    otherDistrict,
    ids: {
      district: toGlobalId('District', district.id),
      partner: toGlobalId('PartnerOrganization', partner.id),
      otherPartner: toGlobalId('PartnerOrganization', otherPartner.id),
      otherDistrict: toGlobalId('District', otherDistrict.id),
    },
    async gql(who, query, variables) {
      return (await t.gql(query, variables, headers[who])).body as never;
    },
    async gqlAt(baseUrl, who, query, variables) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers[who] },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as never;
    },
    async connect(who, districtId = district.id, baseUrl = t.app.url) {
      class WithCookie extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: headers[who] });
        }
      }
      const ydoc = new Y.Doc();
      const provider = new WebsocketProvider(
        `${baseUrl.replace('http', 'ws')}/collab`,
        docName('opportunities', districtId),
        ydoc,
        { WebSocketPolyfill: WithCookie as never, disableBc: true },
      );
      providers.push(provider);
      await expect.poll(() => provider.synced, { timeout: 5000 }).toBe(true);
      return { ydoc, provider };
    },
    async close() {
      for (const p of providers) p.destroy();
      await t.close();
    },
  };
}

/** A listing input that passes every rule. */
export const validListing = (overrides: Record<string, unknown> = {}) => ({
  title: 'Clinic job shadowing',
  summary: 'Two days with a nurse at the county clinic.',
  type: 'JOB_SHADOWING',
  gradeMin: 10,
  gradeMax: 12,
  applyUrl: 'https://example.org/apply',
  ...overrides,
});

export const SUBMIT = `mutation ($input: SubmitOpportunityInput!) {
  submitOpportunity(input: $input) { listingId userErrors { field code message } } }`;
export const UPDATE = `mutation ($input: UpdateDraftOpportunityInput!) {
  updateDraftOpportunity(input: $input) { listingId userErrors { field code message } } }`;
export const PUBLISH = `mutation ($input: PublishOpportunityListInput!) {
  publishOpportunityList(input: $input) {
    version { id number publishedAt publishedByName summary opportunityCount }
    problems { listingId title field message }
    heldBack { listingId title reason }
    userErrors { field code message } } }`;
