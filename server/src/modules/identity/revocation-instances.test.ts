import { CollabCloseCode, Role, docName } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import {
  type RawSocket,
  districtWithAdmin,
  openRawSocket,
  signInCookie,
  startTwoInstances,
  storedText,
} from '../../test-support/revocation.js';

const REMOVE_MEMBER =
  'mutation ($id: ID!) { removeMember(input: { membershipId: $id }) { userErrors { code } } }';

describe.skipIf(!process.env.TEST_REDIS_URL).each(TEST_DIALECTS)(
  'revocations cross instances through Redis, on %s',
  (dialect) => {
    let instances: Awaited<ReturnType<typeof startTwoInstances>>;
    const sockets: RawSocket[] = [];
    beforeAll(async () => {
      instances = await startTwoInstances(dialect, process.env.TEST_REDIS_URL!);
    });
    afterAll(async () => {
      for (const s of sockets) s.ws.terminate();
      await instances?.close();
    });

    it('signing out on one instance closes the session’s documents on the other within a second', async () => {
      const { first, second } = instances;
      const { district, member } = await districtWithAdmin(first);
      const doc = docName('vision', district.id);
      const { user } = await member(Role.DISTRICT_STAFF);
      const cookie = await signInCookie(first, user.email);
      const socket = await openRawSocket(second, doc, { cookie });
      sockets.push(socket);
      socket.sendText('[before]');
      await expect.poll(() => storedText(second, doc)).toContain('[before]');
      const started = performance.now();
      await first.gql('mutation { signOut { endedSessions } }', {}, { cookie });
      const { code, at } = await socket.closed;
      expect(code).toBe(CollabCloseCode.UNAUTHORIZED);
      expect(at - started).toBeLessThan(1_000);
    });

    it('removing a member on one instance closes their documents on the other within a second', async () => {
      const { first, second } = instances;
      const { district, admin, member } = await districtWithAdmin(first);
      const doc = docName('opportunities', district.id);
      const { user, membershipId } = await member(Role.DISTRICT_STAFF);
      const socket = await openRawSocket(second, doc, { cookie: await signInCookie(second, user.email) });
      sockets.push(socket);
      const started = performance.now();
      const { body } = await first.gql(REMOVE_MEMBER, { id: membershipId }, { cookie: admin });
      expect(body.data).toEqual({ removeMember: { userErrors: [] } });
      const { code, at } = await socket.closed;
      expect(code).toBe(CollabCloseCode.FORBIDDEN);
      expect(at - started).toBeLessThan(1_000);
    });
  },
);
