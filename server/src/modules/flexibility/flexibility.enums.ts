import { registerEnumType } from 'type-graphql';

/** Where a district's application stands in the five-year cycle of the State Policy Framework. */
export const FlexibilityStage = {
  DRAFT: 'DRAFT',
  APPLIED: 'APPLIED',
  CONDITIONALLY_APPROVED: 'CONDITIONALLY_APPROVED',
  PLAN_SUBMITTED: 'PLAN_SUBMITTED',
  RETURNED: 'RETURNED',
  APPROVED: 'APPROVED',
  SUSTAINABILITY_PLAN_SUBMITTED: 'SUSTAINABILITY_PLAN_SUBMITTED',
  COMPLETED: 'COMPLETED',
} as const;
export type FlexibilityStage = (typeof FlexibilityStage)[keyof typeof FlexibilityStage];

/** The framework's five areas of flexibility. */
export const FlexibilityAreaKind = {
  CURRICULUM_AND_INSTRUCTION: 'CURRICULUM_AND_INSTRUCTION',
  ASSESSMENT_AND_STUDENT_SUPPORTS: 'ASSESSMENT_AND_STUDENT_SUPPORTS',
  PROFESSIONAL_AND_LEADERSHIP_DEVELOPMENT: 'PROFESSIONAL_AND_LEADERSHIP_DEVELOPMENT',
  TECHNOLOGY_AND_DATA: 'TECHNOLOGY_AND_DATA',
  LEARNING_ENVIRONMENTS_AND_PARTNERSHIPS: 'LEARNING_ENVIRONMENTS_AND_PARTNERSHIPS',
} as const;
export type FlexibilityAreaKind = (typeof FlexibilityAreaKind)[keyof typeof FlexibilityAreaKind];

export const AREA_LABEL: Record<FlexibilityAreaKind, string> = {
  CURRICULUM_AND_INSTRUCTION: 'Curriculum and instruction',
  ASSESSMENT_AND_STUDENT_SUPPORTS: 'Assessment and student supports',
  PROFESSIONAL_AND_LEADERSHIP_DEVELOPMENT: 'Professional and leadership development',
  TECHNOLOGY_AND_DATA: 'Technology and data',
  LEARNING_ENVIRONMENTS_AND_PARTNERSHIPS: 'Learning environments and partnerships',
};

/**
 * A requested area's standing. An additional area asked for during implementation is PROPOSED until
 * the district submits it, then REQUESTED until the state decides.
 */
export const FlexibilityAreaStatus = {
  PROPOSED: 'PROPOSED',
  REQUESTED: 'REQUESTED',
  GRANTED: 'GRANTED',
  DENIED: 'DENIED',
  RETURNED: 'RETURNED',
} as const;
export type FlexibilityAreaStatus = (typeof FlexibilityAreaStatus)[keyof typeof FlexibilityAreaStatus];

/** The framework's four areas of assurance. */
export const AssuranceKind = {
  PLANNING_PROCESS: 'PLANNING_PROCESS',
  IMPLEMENTATION_PLAN: 'IMPLEMENTATION_PLAN',
  CONTINUOUS_IMPROVEMENT: 'CONTINUOUS_IMPROVEMENT',
  FUNDING_ALIGNMENT: 'FUNDING_ALIGNMENT',
} as const;
export type AssuranceKind = (typeof AssuranceKind)[keyof typeof AssuranceKind];

export const ASSURANCE_LABEL: Record<AssuranceKind, string> = {
  PLANNING_PROCESS: 'Planning process',
  IMPLEMENTATION_PLAN: 'Implementation plan',
  CONTINUOUS_IMPROVEMENT: 'Continuous improvement',
  FUNDING_ALIGNMENT: 'Funding alignment',
};

/** What a submission asks the state for. */
export const SubmissionKind = {
  APPLICATION: 'APPLICATION',
  IMPLEMENTATION_PLAN: 'IMPLEMENTATION_PLAN',
  ADDITIONAL_AREA: 'ADDITIONAL_AREA',
  SUSTAINABILITY_PLAN: 'SUSTAINABILITY_PLAN',
} as const;
export type SubmissionKind = (typeof SubmissionKind)[keyof typeof SubmissionKind];

/** What the state decided. */
export const DecisionKind = {
  CONDITIONAL_APPROVAL: 'CONDITIONAL_APPROVAL',
  APPROVAL: 'APPROVAL',
  RETURN_FOR_REVISION: 'RETURN_FOR_REVISION',
  ADDITIONAL_AREA_APPROVAL: 'ADDITIONAL_AREA_APPROVAL',
  ADDITIONAL_AREA_RETURN: 'ADDITIONAL_AREA_RETURN',
} as const;
export type DecisionKind = (typeof DecisionKind)[keyof typeof DecisionKind];

export const DECISION_LABEL: Record<DecisionKind, string> = {
  CONDITIONAL_APPROVAL: 'Conditional approval',
  APPROVAL: 'Approval',
  RETURN_FOR_REVISION: 'Returned for revision',
  ADDITIONAL_AREA_APPROVAL: 'Additional area approved',
  ADDITIONAL_AREA_RETURN: 'Additional area returned',
};

/** How a line of a submission differs from the earlier one. */
export const DiffOp = { ADDED: 'ADDED', REMOVED: 'REMOVED', CHANGED: 'CHANGED' } as const;
export type DiffOp = (typeof DiffOp)[keyof typeof DiffOp];

let registered = false;

/** Declares the flexibility vocabularies as GraphQL enums (once per process). */
export function registerFlexibilityEnums(): void {
  if (registered) return;
  registered = true;
  registerEnumType(FlexibilityStage, {
    name: 'FlexibilityStage',
    description: 'Stage of a flexibility application in its five-year cycle.',
  });
  registerEnumType(FlexibilityAreaKind, {
    name: 'FlexibilityAreaKind',
    description: 'One of the five areas of flexibility of the State Policy Framework.',
  });
  registerEnumType(FlexibilityAreaStatus, {
    name: 'FlexibilityAreaStatus',
    description: 'Proposed (additional, not yet submitted), requested, granted, denied or returned.',
  });
  registerEnumType(AssuranceKind, {
    name: 'AssuranceKind',
    description: 'One of the four areas of assurance of the State Policy Framework.',
  });
  registerEnumType(SubmissionKind, {
    name: 'FlexibilitySubmissionKind',
    description: 'What a submission asks the state for.',
  });
  registerEnumType(DecisionKind, {
    name: 'FlexibilityDecisionKind',
    description: "The state's decision on a submission.",
  });
  registerEnumType(DiffOp, { name: 'FlexibilityDiffOp', description: 'How a line changed.' });
}
