import type { EntityManager } from '@mikro-orm/knex';
import * as Y from 'yjs';
import { idOfType } from '../../graphql/global-id.js';
import type { InputChecks } from '../../graphql/input-checks.js';
import { Objective } from '../planning/index.js';
import { CommentTargetKind } from './comment.enums.js';
import type { CreateCommentThreadInput } from './comment.inputs.js';

/** The GraphQL type name of a flexibility submission's global id. */
export const SUBMISSION_TYPE = 'FlexibilitySubmission';

type SubmissionDistrict = (em: EntityManager, submissionId: number) => Promise<number | null>;
let submissionDistrict: SubmissionDistrict = () => Promise.resolve(null);

/**
 * Hands the comments the district a flexibility submission belongs to (null: no such submission).
 * Until the composition root provides it, no submission can be commented on.
 */
export function provideSubmissionDistrict(fn: SubmissionDistrict): void {
  submissionDistrict = fn;
}

/** The target columns of a new thread, checked against the district; null fields are not set. */
export interface ThreadTarget {
  objective: Objective | null;
  submissionId: number | null;
  sectionKey: string | null;
  anchorStart: string | null;
  anchorEnd: string | null;
  quote: string | null;
}

const SECTION_KEY = /^[a-z][a-zA-Z0-9_.:-]{0,99}$/;

/** A relative position the client encoded; anything that does not decode is refused. */
function encodedPosition(check: InputChecks, field: string, value: string): string | null {
  if (value.length > 1000 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) {
    check.fail(field, 'This is not an encoded position in the vision.');
    return null;
  }
  try {
    Y.decodeRelativePosition(Buffer.from(value, 'base64'));
    return value;
  } catch {
    check.fail(field, 'This is not an encoded position in the vision.');
    return null;
  }
}

/** Reads the target of a new thread from the input: exactly the fields its kind needs. */
export async function threadTarget(
  em: EntityManager,
  check: InputChecks,
  districtId: number,
  input: CreateCommentThreadInput,
): Promise<ThreadTarget> {
  const target: ThreadTarget = {
    objective: null,
    submissionId: null,
    sectionKey: null,
    anchorStart: null,
    anchorEnd: null,
    quote: null,
  };
  const kind = input.targetKind;
  const extra = (field: string, given: unknown, needed: boolean) => {
    if (given != null && !needed) check.fail(field, `Leave this out for a ${kind} thread.`);
    if (given == null && needed) check.fail(field, `A ${kind} thread needs this.`);
  };
  extra('objectiveId', input.objectiveId, kind === CommentTargetKind.OBJECTIVE);
  extra('submissionId', input.submissionId, kind === CommentTargetKind.SUBMISSION_SECTION);
  extra('sectionKey', input.sectionKey, kind === CommentTargetKind.SUBMISSION_SECTION);
  extra('anchor', input.anchor, kind === CommentTargetKind.VISION);
  if (!check.ok) return target;
  if (kind === CommentTargetKind.OBJECTIVE) {
    const id = idOfType(input.objectiveId!, 'Objective');
    target.objective = id ? await em.findOne(Objective, { id, district: districtId }) : null;
    if (!target.objective) check.fail('objectiveId', 'The district plan has no such objective.');
  } else if (kind === CommentTargetKind.SUBMISSION_SECTION) {
    const id = idOfType(input.submissionId!, SUBMISSION_TYPE);
    if (!id || (await submissionDistrict(em, id)) !== districtId)
      check.fail('submissionId', 'The district has no such submission.');
    else target.submissionId = id;
    if (!SECTION_KEY.test(input.sectionKey!))
      check.fail('sectionKey', 'This is not a section of a submission.');
    else target.sectionKey = input.sectionKey!;
  } else {
    const anchor = input.anchor!;
    target.anchorStart = encodedPosition(check, 'anchor.start', anchor.start);
    target.anchorEnd = encodedPosition(check, 'anchor.end', anchor.end);
    target.quote = check.text('anchor.quote', anchor.quote, { max: 1000, required: true, multiline: true });
  }
  return target;
}
