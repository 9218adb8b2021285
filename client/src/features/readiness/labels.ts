import type { ConditionStatus, EvidenceKind } from '@/app/graphql/generated/graphql';

export const CONDITION_STATUSES: readonly ConditionStatus[] = [
  'NOT_STARTED',
  'EMERGING',
  'IN_PLACE',
  'SUSTAINED',
];

export const STATUS_LABEL: Record<ConditionStatus, string> = {
  NOT_STARTED: 'Not started',
  EMERGING: 'Emerging',
  IN_PLACE: 'In place',
  SUSTAINED: 'Sustained',
};

/** The badge tone only repeats what the label says. */
export const STATUS_TONE: Record<ConditionStatus, 'neutral' | 'warn' | 'ok'> = {
  NOT_STARTED: 'neutral',
  EMERGING: 'warn',
  IN_PLACE: 'ok',
  SUSTAINED: 'ok',
};

export const EVIDENCE_KIND_LABEL: Record<EvidenceKind, string> = {
  LINK: 'Link',
  DOCUMENT: 'Document',
  CURRICULUM_REVIEW: 'Curriculum review',
  ASSESSMENT_SYSTEM: 'Assessment system',
  TECHNOLOGY_ACCESS_POLICY: 'Technology access policy',
  PROFESSIONAL_LEARNING_PROGRAM: 'Professional learning program',
  OTHER: 'Other',
};
