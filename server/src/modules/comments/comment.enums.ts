import { registerEnumType } from 'type-graphql';

/** What a thread is about: a section of a flexibility submission, a plan objective, or the vision's text. */
export const CommentTargetKind = {
  SUBMISSION_SECTION: 'SUBMISSION_SECTION',
  OBJECTIVE: 'OBJECTIVE',
  VISION: 'VISION',
} as const;
export type CommentTargetKind = (typeof CommentTargetKind)[keyof typeof CommentTargetKind];

/** Which threads a list holds. */
export const CommentThreadState = {
  OPEN: 'OPEN',
  RESOLVED: 'RESOLVED',
  ALL: 'ALL',
} as const;
export type CommentThreadState = (typeof CommentThreadState)[keyof typeof CommentThreadState];

let registered = false;

/** Declares the comment vocabularies as GraphQL enums (once per process). */
export function registerCommentEnums(): void {
  if (registered) return;
  registered = true;
  registerEnumType(CommentTargetKind, {
    name: 'CommentTargetKind',
    description:
      'What a comment thread is about: a submission section, a plan objective, or the vision text.',
  });
  registerEnumType(CommentThreadState, {
    name: 'CommentThreadState',
    description: 'Open threads, resolved ones, or both.',
  });
}
