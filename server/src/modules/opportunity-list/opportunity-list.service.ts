import {
  EMPTY_LISTING,
  ErrorCode,
  LISTING_FIELDS,
  LISTING_FIELD_KINDS,
  type ListingDraft,
  type ListingField,
  type ListingFields,
  type ListingProblem,
  createListingMap,
  findListing,
  listingsOf,
  newListingId,
  readListing,
  setField,
  validateListing,
} from '@partnerhub/shared';
import type { Context } from '../../graphql/context.js';
import { type UserError, userError } from '../../graphql/user-errors.js';
import type { DistrictDocumentSubject } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { assertMayChange, offeringPartner } from './opportunity-list.access.js';
import { editDraft } from './opportunity-list.document.js';
import type { ListingFieldsInput } from './opportunity-list.inputs.js';
import type { DraftOpportunityPayload } from './opportunity-list.payloads.js';

/** Fields whose rules depend on each other: a change to one re-checks the others. */
const RELATED: readonly (readonly ListingField[])[] = [
  ['gradeMin', 'gradeMax'],
  ['startDate', 'endDate', 'deadline'],
  ['earnsCredit', 'creditAmount', 'creditSubject'],
  ['applyUrl', 'applyEmail', 'applyInstructions'],
];

/** The fields the input gives, trimmed; null (or a blank short text) clears a field. */
function changesOf(input: ListingFieldsInput): Partial<ListingFields> {
  const changes: Record<string, unknown> = {};
  for (const field of LISTING_FIELDS) {
    const value = (input as Record<string, unknown>)[field];
    if (value === undefined) continue;
    const kind = LISTING_FIELD_KINDS[field];
    if (value === null) changes[field] = kind === 'string' || kind === 'number' ? null : EMPTY_LISTING[field];
    else if (typeof value === 'string')
      changes[field] = kind === 'string' ? value.trim() || null : value.trim();
    else if (Array.isArray(value)) changes[field] = value.map((s: string) => s.trim());
    else changes[field] = value;
  }
  return changes;
}

const toUserErrors = (problems: ListingProblem[]): UserError[] =>
  problems.map((p) => userError(p.field, p.message));

/**
 * Appends a valid listing to the district's live draft list, as the viewer, so that open editors see it
 * at once; resolves once it is stored. Audited.
 * @throws PublicError FORBIDDEN when a partner writer names another offering partner.
 */
export async function submitOpportunity({
  ctx,
  subject,
  partnerId,
  input,
}: {
  ctx: Context;
  subject: DistrictDocumentSubject;
  partnerId: number | null | undefined;
  input: ListingFieldsInput;
}): Promise<DraftOpportunityPayload> {
  const offeredBy = offeringPartner(ctx.viewer, subject, partnerId);
  if (offeredBy === 'inactive')
    return {
      listingId: null,
      userErrors: [userError('partnerId', 'This partner has no active partnership with the district.')],
    };
  const listing: ListingDraft = {
    ...EMPTY_LISTING,
    ...changesOf(input),
    id: newListingId(),
    partnerId: offeredBy,
  };
  const problems = validateListing(listing);
  if (problems.length) return { listingId: null, userErrors: toUserErrors(problems) };
  await editDraft(ctx, subject.districtId, (doc) => listingsOf(doc).push([createListingMap(listing)]));
  recordAudit(ctx.em, ctx, {
    action: 'opportunities.submit',
    target: { type: 'District', id: subject.districtId },
    districtId: subject.districtId,
    partnerId: offeredBy,
    changes: { listingId: { from: null, to: listing.id }, title: { from: null, to: listing.title } },
  });
  await ctx.em.flush();
  return { listingId: listing.id, userErrors: [] };
}

type UpdateOutcome =
  | { kind: 'missing' }
  | { kind: 'forbidden'; error: unknown }
  | { kind: 'invalid'; problems: ListingProblem[] }
  | { kind: 'updated'; partnerId: number | null; changed: string[] };

/**
 * Changes the given fields of a draft listing in one edit of the live list, checking ownership and the
 * rules of the changed fields on the listing as it is at that moment; nothing changes on a problem.
 * Audited.
 * @throws PublicError FORBIDDEN when a partner writer touches a listing another organization offers.
 */
export async function updateDraftOpportunity({
  ctx,
  subject,
  listingId,
  input,
}: {
  ctx: Context;
  subject: DistrictDocumentSubject;
  listingId: string;
  input: ListingFieldsInput;
}): Promise<DraftOpportunityPayload> {
  const changes = changesOf(input);
  const keys = Object.keys(changes) as ListingField[];
  const checked = new Set<string>(keys.flatMap((k) => RELATED.find((g) => g.includes(k)) ?? [k]));
  const outcome = await editDraft(ctx, subject.districtId, (doc): UpdateOutcome => {
    const found = findListing(doc, listingId);
    if (!found) return { kind: 'missing' };
    const current = readListing(found.map);
    try {
      assertMayChange(ctx.viewer, subject, current.partnerId);
    } catch (error) {
      return { kind: 'forbidden', error };
    }
    const problems = validateListing({ ...current, ...changes }).filter((p) => checked.has(p.field));
    if (problems.length) return { kind: 'invalid', problems };
    const changed = keys.filter((k) => JSON.stringify(current[k]) !== JSON.stringify(changes[k]));
    for (const key of changed) setField(found.map, key, changes[key] as never);
    return { kind: 'updated', partnerId: current.partnerId, changed };
  });
  if (outcome.kind === 'forbidden') throw outcome.error;
  if (outcome.kind === 'missing')
    return {
      listingId: null,
      userErrors: [
        userError('listingId', 'The draft list has no listing with this id.', ErrorCode.NOT_FOUND),
      ],
    };
  if (outcome.kind === 'invalid') return { listingId: null, userErrors: toUserErrors(outcome.problems) };
  if (outcome.changed.length) {
    recordAudit(ctx.em, ctx, {
      action: 'opportunities.updateDraft',
      target: { type: 'District', id: subject.districtId },
      districtId: subject.districtId,
      partnerId: outcome.partnerId,
      changes: { listingId: { from: listingId, to: listingId }, fields: { from: null, to: outcome.changed } },
    });
    await ctx.em.flush();
  }
  return { listingId, userErrors: [] };
}
