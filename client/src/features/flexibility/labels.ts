import type {
  FlexibilityAreaKind,
  FlexibilityAreaStatus,
  FlexibilityDecisionKind,
  FlexibilityStage,
  FlexibilitySubmissionKind,
} from '@/app/graphql/generated/graphql';

export const STAGE_LABEL: Record<FlexibilityStage, string> = {
  DRAFT: 'Draft',
  APPLIED: 'Applied for conditional approval',
  CONDITIONALLY_APPROVED: 'Conditionally approved: Year 1, planning and development',
  PLAN_SUBMITTED: 'Implementation plan submitted',
  RETURNED: 'Returned for revision',
  APPROVED: 'Approved: implementation, Years 2-5',
  SUSTAINABILITY_PLAN_SUBMITTED: 'Sustainability plan submitted',
  COMPLETED: 'Completed',
};

export const AREA_LABEL: Record<FlexibilityAreaKind, string> = {
  CURRICULUM_AND_INSTRUCTION: 'Curriculum and instruction',
  ASSESSMENT_AND_STUDENT_SUPPORTS: 'Assessment and student supports',
  PROFESSIONAL_AND_LEADERSHIP_DEVELOPMENT: 'Professional and leadership development',
  TECHNOLOGY_AND_DATA: 'Technology and data',
  LEARNING_ENVIRONMENTS_AND_PARTNERSHIPS: 'Learning environments and partnerships',
};

export const AREA_STATUS_LABEL: Record<FlexibilityAreaStatus, string> = {
  PROPOSED: 'Not yet submitted',
  REQUESTED: 'Requested',
  GRANTED: 'Granted',
  DENIED: 'Denied',
  RETURNED: 'Returned',
};

export const DECISION_LABEL: Record<FlexibilityDecisionKind, string> = {
  CONDITIONAL_APPROVAL: 'Conditional approval',
  APPROVAL: 'Approval',
  RETURN_FOR_REVISION: 'Returned for revision',
  ADDITIONAL_AREA_APPROVAL: 'Additional area approved',
  ADDITIONAL_AREA_RETURN: 'Additional area returned',
};

export const SUBMISSION_LABEL: Record<FlexibilitySubmissionKind, string> = {
  APPLICATION: 'Application for conditional approval',
  IMPLEMENTATION_PLAN: 'Comprehensive implementation plan',
  ADDITIONAL_AREA: 'Additional area of flexibility',
  SUSTAINABILITY_PLAN: 'Sustainability plan',
};

/** What the district can submit in a stage; the server checks it again. */
export function submissionsFor(
  stage: FlexibilityStage,
  lastKind: FlexibilitySubmissionKind | null,
): FlexibilitySubmissionKind[] {
  switch (stage) {
    case 'DRAFT':
      return ['APPLICATION'];
    case 'CONDITIONALLY_APPROVED':
      return ['IMPLEMENTATION_PLAN'];
    case 'APPROVED':
      return ['ADDITIONAL_AREA', 'SUSTAINABILITY_PLAN'];
    case 'RETURNED':
      return lastKind ? [lastKind] : [];
    default:
      return [];
  }
}

/** What the state can decide in a stage; the server checks it again. */
export function decisionsFor(stage: FlexibilityStage, hasRequestedArea: boolean): FlexibilityDecisionKind[] {
  const areas: FlexibilityDecisionKind[] = hasRequestedArea
    ? ['ADDITIONAL_AREA_APPROVAL', 'ADDITIONAL_AREA_RETURN']
    : [];
  switch (stage) {
    case 'APPLIED':
      return ['CONDITIONAL_APPROVAL', 'RETURN_FOR_REVISION'];
    case 'PLAN_SUBMITTED':
    case 'SUSTAINABILITY_PLAN_SUBMITTED':
      return ['APPROVAL', 'RETURN_FOR_REVISION', ...(stage === 'SUSTAINABILITY_PLAN_SUBMITTED' ? areas : [])];
    case 'APPROVED':
      return areas;
    default:
      return [];
  }
}
