import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../graphql/context.js';
import { idOfType } from '../../graphql/global-id.js';
import type { InputChecks } from '../../graphql/input-checks.js';
import type { Viewer } from '../access/index.js';
import { Membership, User, grantsOfUser } from '../identity/index.js';
import { District, StateAgency } from '../organizations/index.js';
import { districtDocumentSubject } from '../partnerships/index.js';
import { otherMayRead } from './comment.access.js';
import { CommentTargetKind } from './comment.enums.js';

const MAX_MENTIONS = 20;
const MAX_CANDIDATES = 10;

/** A user as the policy sees them on their next request. */
async function viewerOf(em: EntityManager, user: User): Promise<Viewer> {
  return {
    kind: 'user',
    userId: user.id,
    sessionId: null,
    tokenId: null,
    label: user.name,
    grants: await grantsOfUser(em, user.id),
    readOnly: false,
  };
}

/**
 * The people named in a comment, each of whom must be able to read the thread: naming someone never
 * shows them what they could not read.
 */
export async function checkMentions(
  em: EntityManager,
  check: InputChecks,
  ids: readonly string[] | null | undefined,
  thread: { kind: CommentTargetKind; districtId: number },
): Promise<User[]> {
  if (!ids?.length) return [];
  if (ids.length > MAX_MENTIONS) {
    check.fail('mentionIds', `Mention at most ${MAX_MENTIONS} people in one comment.`);
    return [];
  }
  const users: User[] = [];
  for (const [i, id] of [...new Set(ids)].entries()) {
    const userId = idOfType(id, 'User');
    const user = userId ? await em.findOne(User, userId) : null;
    if (!user || !(await otherMayRead(em, await viewerOf(em, user), thread.kind, thread.districtId)))
      check.fail(`mentionIds.${i}`, 'This person cannot read the thread, so they cannot be mentioned.');
    else users.push(user);
  }
  return users;
}

/**
 * People who could read a thread of that kind in the district and whose name contains `search`: the
 * district's members, its state agency's staff and, on the vision, members of partners taking part.
 */
export async function mentionCandidates(
  ctx: Context,
  district: District,
  kind: CommentTargetKind,
  search: string,
): Promise<User[]> {
  const agency = await ctx.em.findOne(StateAgency, { state: district.state }, { fields: ['id'] });
  const partners =
    kind === CommentTargetKind.VISION
      ? (await districtDocumentSubject(ctx.em, district.id)).visionPartnerIds
      : [];
  const orgs: object[] = [{ district: district.id }];
  if (agency) orgs.push({ stateAgency: agency.id });
  if (partners.length) orgs.push({ partner: { $in: partners } });
  const term = search.trim().slice(0, 100).toLocaleLowerCase();
  // Organizations are small: matching names here is the same on both databases, whatever their collation.
  const memberships = await ctx.em.find(
    Membership,
    { $or: orgs },
    { populate: ['user'], orderBy: { user: { name: 'asc' } }, limit: 1000 },
  );
  const named = memberships.filter((m) => m.user.name.toLocaleLowerCase().includes(term));
  const found: User[] = [];
  for (const user of new Map(named.map((m) => [m.user.id, m.user])).values()) {
    if (found.length >= MAX_CANDIDATES) break;
    if (await otherMayRead(ctx.em, await viewerOf(ctx.em, user), kind, district.id)) found.push(user);
  }
  return found;
}
