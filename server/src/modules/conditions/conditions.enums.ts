import { registerEnumType } from 'type-graphql';

/** How far a district has put one of the ten conditions in place. */
export const ConditionStatus = {
  NOT_STARTED: 'NOT_STARTED',
  EMERGING: 'EMERGING',
  IN_PLACE: 'IN_PLACE',
  SUSTAINED: 'SUSTAINED',
} as const;
export type ConditionStatus = (typeof ConditionStatus)[keyof typeof ConditionStatus];

/** What a piece of evidence for a condition is. */
export const EvidenceKind = {
  LINK: 'LINK',
  DOCUMENT: 'DOCUMENT',
  CURRICULUM_REVIEW: 'CURRICULUM_REVIEW',
  ASSESSMENT_SYSTEM: 'ASSESSMENT_SYSTEM',
  TECHNOLOGY_ACCESS_POLICY: 'TECHNOLOGY_ACCESS_POLICY',
  PROFESSIONAL_LEARNING_PROGRAM: 'PROFESSIONAL_LEARNING_PROGRAM',
  OTHER: 'OTHER',
} as const;
export type EvidenceKind = (typeof EvidenceKind)[keyof typeof EvidenceKind];

let registered = false;

export function registerConditionEnums(): void {
  if (registered) return;
  registered = true;
  registerEnumType(ConditionStatus, {
    name: 'ConditionStatus',
    description: 'How far a district has put a condition for scale in place.',
  });
  registerEnumType(EvidenceKind, {
    name: 'EvidenceKind',
    description: 'What a dated piece of evidence for a condition is.',
  });
}
