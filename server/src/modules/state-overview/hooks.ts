import type { EntityManager } from '@mikro-orm/knex';

/** Where a district's flexibility application stands, as the flexibility module reports it. */
export interface FlexibilitySummary {
  stage: string;
  firstSchoolYear: number;
  nextDeadline: { label: string; date: string } | null;
}

type FlexibilitySummaries = (
  em: EntityManager,
  districtIds: number[],
) => Promise<Map<number, FlexibilitySummary>>;
type OpenCommentCounts = (em: EntityManager, districtIds: number[]) => Promise<Map<number, number>>;

// Until the composition root hands them over, no district has an application or open comments.
let flexibilitySummaries: FlexibilitySummaries | null = null;
let openCommentCounts: OpenCommentCounts | null = null;

/** Lets the overview show each district's flexibility stage and next deadline. */
export function provideFlexibilitySummaries(fn: FlexibilitySummaries): void {
  flexibilitySummaries = fn;
}

/** Lets the overview show each district's open review comments. */
export function provideOpenCommentCounts(fn: OpenCommentCounts): void {
  openCommentCounts = fn;
}

export function summariesOf(
  em: EntityManager,
  districtIds: number[],
): Promise<Map<number, FlexibilitySummary>> {
  return flexibilitySummaries ? flexibilitySummaries(em, districtIds) : Promise.resolve(new Map());
}

/** Null when comments are not wired: the overview then says nothing rather than "0". */
export function openCommentsOf(
  em: EntityManager,
  districtIds: number[],
): Promise<Map<number, number> | null> {
  return openCommentCounts ? openCommentCounts(em, districtIds) : Promise.resolve(null);
}
