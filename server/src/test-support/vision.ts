import { Role, docName, visionContent } from '@partnerhub/shared';
import { expect } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { DatabaseConfig } from '../config.js';
import type { EntityManager } from '../db/orm.js';
import { toGlobalId } from '../graphql/global-id.js';
import { type TestApp, sessionCookieOf, startTestApp } from './app.js';
import { buildDistrict, buildPartner } from './factories.js';
import { TEST_PASSWORD, buildMember } from './identity-factories.js';
import { Partnership } from '../modules/partnerships/index.js';
import { renderVision } from '../modules/vision/index.js';

export type Who = 'admin' | 'staff' | 'reviewer' | 'visionPartner' | 'listingPartner' | 'anonymous';

export interface VisionWorld {
  t: TestApp;
  districtId: number;
  /** Global id of the district. */
  district: string;
  slug: string;
  names: Record<Who, string>;
  /** Runs an operation as someone; fails the test on top-level errors unless `allowErrors`. */
  gql<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
    who: Who,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>;
  /** A y-websocket client on the district's vision document, signed in as `who`; synced. */
  connect(who: Who): Promise<{ ydoc: Y.Doc; provider: WebsocketProvider }>;
  close(): Promise<void>;
}

/** A district whose vision a partner takes part in, another partner that only follows it, and members. */
export async function startVisionWorld(dialect: DatabaseConfig['dialect']): Promise<VisionWorld> {
  const t = await startTestApp(dialect);
  const em = t.app.orm.em.fork() as EntityManager;
  const district = await buildDistrict(em);
  const visionPartner = await buildPartner(em);
  const listingPartner = await buildPartner(em);
  em.create(Partnership, {
    district,
    partner: visionPartner,
    status: 'ACTIVE',
    acceptedAt: new Date(),
    participatesInVision: true,
  });
  em.create(Partnership, { district, partner: listingPartner, status: 'ACTIVE', acceptedAt: new Date() });
  await em.flush();
  const cookies: Partial<Record<Who, string>> = {};
  const names: Record<Who, string> = { anonymous: 'anonymous' } as Record<Who, string>;
  const members: [Who, Role, Parameters<typeof buildMember>[2]][] = [
    ['admin', Role.DISTRICT_ADMIN, { district }],
    ['staff', Role.DISTRICT_STAFF, { district }],
    ['reviewer', Role.STATE_REVIEWER, { district }],
    ['visionPartner', Role.PARTNER_MEMBER, { partner: visionPartner }],
    ['listingPartner', Role.PARTNER_MEMBER, { partner: listingPartner }],
  ];
  for (const [who, role, org] of members) {
    const user = await buildMember(em, role, org);
    names[who] = user.name;
    const { res } = await t.gql(
      'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { userErrors { code } } }',
      { e: user.email, p: TEST_PASSWORD },
    );
    cookies[who] = sessionCookieOf(res)!;
  }
  const providers: WebsocketProvider[] = [];
  const headers = (who: Who): Record<string, string> => (cookies[who] ? { cookie: cookies[who] } : {});

  return {
    t,
    districtId: district.id,
    district: toGlobalId('District', district.id),
    slug: district.slug,
    names,
    async gql(who, query, variables) {
      return (await t.gql(query, variables, headers(who))).body as never;
    },
    async connect(who) {
      class WithCookie extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: headers(who) });
        }
      }
      const ydoc = new Y.Doc();
      const provider = new WebsocketProvider(
        `${t.app.url.replace('http', 'ws')}/collab`,
        docName('vision', district.id),
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

/** Replaces the vision content of a client's document with one paragraph per string, as an editor would. */
export function typeParagraphs(ydoc: Y.Doc, paragraphs: readonly string[]): void {
  const content = visionContent(ydoc);
  ydoc.transact(() => {
    content.delete(0, content.length);
    content.insert(
      0,
      paragraphs.map((text) => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(text)]);
        return paragraph;
      }),
    );
  });
}

/** The paragraphs a client's document shows. */
export const blocksOf = (ydoc: Y.Doc) => renderVision(visionContent(ydoc)).blocks;
