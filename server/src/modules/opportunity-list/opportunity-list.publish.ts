import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { ErrorCode, type ListingDraft, type ValidListing, checkListing } from '@partnerhub/shared';
import { InputChecks } from '../../graphql/input-checks.js';
import { userError } from '../../graphql/user-errors.js';
import { type AuditFacts, recordAudit } from '../audit/index.js';
import { type OpportunityListVersion, writePublishedVersion } from '../opportunities/index.js';
import type { District } from '../organizations/index.js';
import { type PartnerStanding, VettingStatus, partnerStandings } from '../partnerships/index.js';
import type {
  HeldBackListing,
  ListingProblemType,
  PublishOpportunityListPayload,
} from './opportunity-list.payloads.js';

export const CONCURRENT_PUBLISH_MESSAGE =
  'Another publish just finished; review the new version and publish again';

export const EMPTY_DRAFT_MESSAGE = 'The draft list has no listings; add some before publishing.';

/**
 * Every problem of every listing of the draft, including ids that are missing or repeated, and the
 * listings that passed, checked and normalised (one pass of the rules per listing).
 */
function checkDraft(drafts: ListingDraft[]): { problems: ListingProblemType[]; valid: ValidListing[] } {
  const seen = new Set<string>();
  const problems: ListingProblemType[] = [];
  const valid: ValidListing[] = [];
  for (const l of drafts) {
    const checked = checkListing(l);
    const own = checked.problems.map((p) => ({ listingId: l.id, title: l.title, ...p }));
    if (l.id && seen.has(l.id) && !own.some((p) => p.field === 'id'))
      own.push({ listingId: l.id, title: l.title, field: 'id', message: 'Two listings share this id.' });
    seen.add(l.id);
    problems.push(...own);
    if (checked.valid && !own.length) valid.push(checked.valid);
  }
  return { problems, valid };
}

export interface DraftReview {
  /** Every problem of every listing; publishing needs none. */
  problems: ListingProblemType[];
  /** The valid listings that would be published, in list order. */
  published: ValidListing[];
  /** The valid listings that would be left out, and why. */
  heldBack: HeldBackListing[];
}

/** Checks every listing of a draft as publishing does, and says which would be published. */
export async function reviewDraft(
  em: EntityManager,
  districtId: number,
  drafts: ListingDraft[],
  today: string,
): Promise<DraftReview> {
  const { problems, valid: listings } = checkDraft(drafts);
  const partnerIds = [...new Set(listings.flatMap((l) => (l.partnerId === null ? [] : [l.partnerId])))];
  const standings = await partnerStandings(em, districtId, partnerIds, today);
  const heldBack: HeldBackListing[] = [];
  const published = listings.filter((l) => {
    const reason = holdBackReason(l, standings.get(l.partnerId ?? 0));
    if (reason) heldBack.push({ listingId: l.id, title: l.title, reason });
    return !reason;
  });
  return { problems, published, heldBack };
}

/** Why a valid listing may not be published now, or null. */
function holdBackReason(listing: ValidListing, standing: PartnerStanding | undefined): string | null {
  return listing.partnerId === null ? null : (partnerHoldBack(standing)?.reason ?? null);
}

/** Why publishing would hold back a partner's listings, and what would let them through; null when it would not. */
export function partnerHoldBack(
  standing: PartnerStanding | undefined,
): { reason: string; remedy: string } | null {
  if (!standing)
    return {
      reason: 'The offering partner has no partnership with the district.',
      remedy: 'Start a partnership with the partner, or offer the listing as the district.',
    };
  if (standing.status !== 'ACTIVE')
    return {
      reason: `The partnership is ${standing.status.toLowerCase()}, not active.`,
      remedy: 'Make the partnership active again to publish its listings.',
    };
  if (standing.vetting === VettingStatus.EXPIRED)
    return {
      reason: "A vetting requirement of the partner's partnership has expired.",
      remedy: 'Record the renewed vetting on the partnership (insurance, background checks, agreements).',
    };
  return null;
}

/**
 * Publishes the draft list as the district's next numbered version, with one row per listing, in one
 * transaction (an empty draft is refused); listings of partners whose partnership is not active or whose vetting expired are held
 * back. When any listing is invalid nothing is created and every problem is returned. Two publishes at
 * once make two consecutive versions or one STALE userError, never a gap or a duplicate. Audited.
 */
export async function publishOpportunityList({
  em,
  audit,
  district,
  drafts,
  summary: rawSummary,
  today,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  drafts: ListingDraft[];
  summary: string | null | undefined;
  today: string;
}): Promise<PublishOpportunityListPayload> {
  const none = { version: null, problems: [], heldBack: [] };
  const check = new InputChecks();
  const summary = check.text('summary', rawSummary, { max: 2000 });
  if (!check.ok) return { ...none, userErrors: check.errors };
  // Publishing an empty draft would take every listing off the public pages at once.
  if (!drafts.length) return { ...none, userErrors: [userError(null, EMPTY_DRAFT_MESSAGE)] };
  const review = await reviewDraft(em, district.id, drafts, today);
  if (review.problems.length) return { ...none, problems: review.problems, userErrors: [] };
  const { published, heldBack } = review;
  try {
    const version = await em.transactional((tx) => writeVersion(tx, audit, district, published, summary));
    return { version, problems: [], heldBack, userErrors: [] };
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    return { ...none, userErrors: [userError(null, CONCURRENT_PUBLISH_MESSAGE, ErrorCode.STALE)] };
  }
}

async function writeVersion(
  tx: EntityManager,
  audit: AuditFacts,
  district: District,
  listings: ValidListing[],
  summary: string | null,
): Promise<OpportunityListVersion> {
  const { version, previousNumber } = await writePublishedVersion(tx, {
    districtId: district.id,
    listings,
    publishedByName: audit.viewer.label,
    summary,
  });
  recordAudit(tx, audit, {
    action: 'opportunities.publish',
    target: { type: 'OpportunityListVersion', id: version.id },
    districtId: district.id,
    changes: { number: { from: previousNumber, to: version.number } },
  });
  return version;
}
