import type { EntityManager } from '@mikro-orm/knex';
import { providePartnerSubjectSources } from './modules/access/index.js';
import { openCommentCounts, provideSubmissionDistrict } from './modules/comments/index.js';
import { flexibilitySummaries, submissionDistrictId } from './modules/flexibility/index.js';
import { countAllocationsOfObjectives } from './modules/funding/index.js';
import { type DecideDocument, partnerHasAdmin } from './modules/identity/index.js';
import { opportunitiesDocumentGrant } from './modules/opportunity-list/index.js';
import { districtWithOpportunities } from './modules/opportunities/index.js';
import { districtExists, provideDistrictReadAhead } from './modules/organizations/index.js';
import { activeDistrictIdsOfPartner, districtDocumentSubject } from './modules/partnerships/index.js';
import { provideAllocationCount } from './modules/planning/index.js';
import { provideFlexibilitySummaries, provideOpenCommentCounts } from './modules/state-overview/index.js';
import { visionDocumentGrant } from './modules/vision/index.js';

/**
 * Hands each module what it needs from modules it may not import (they sit above it, or would form a
 * cycle with it). Idempotent: every entry point calls it before serving.
 */
export function wireModules(): void {
  providePartnerSubjectSources({ activeDistrictIds: activeDistrictIdsOfPartner, hasAdmin: partnerHasAdmin });
  // An objective with funding allocated to it may not be removed; funding builds on planning.
  provideAllocationCount(countAllocationsOfObjectives);
  // The state's desk shows where each district's application stands; flexibility builds on the plan.
  provideFlexibilitySummaries(flexibilitySummaries);
  provideOpenCommentCounts(openCommentCounts);
  // Review threads on a submission's sections belong to the district whose application it is.
  provideSubmissionDistrict(submissionDistrictId);
  // The public search reads the district and its page in one statement; the listings build on districts.
  provideDistrictReadAhead(districtWithOpportunities);
}

/**
 * Who may open a district's collaborative documents: the district must exist, its partners come from
 * its partnerships, and the module owning each document decides edit, view or nothing.
 */
export const decideDocument: DecideDocument = async (em: EntityManager, viewer, doc) => {
  if (!(await districtExists(em, doc.districtId))) return 'missing';
  const subject = await districtDocumentSubject(em, doc.districtId);
  return doc.kind === 'vision'
    ? visionDocumentGrant(viewer, subject)
    : opportunitiesDocumentGrant(viewer, subject);
};
