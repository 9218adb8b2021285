/** How people name each stage of a district's flexibility application. */
export const FLEXIBILITY_STAGE_LABEL: Record<string, string> = {
  DRAFT: 'Drafting its application',
  APPLIED: 'Applied',
  CONDITIONALLY_APPROVED: 'Conditionally approved (Year 1)',
  PLAN_SUBMITTED: 'Implementation plan submitted',
  RETURNED: 'Returned for revision',
  APPROVED: 'Approved, implementing',
  SUSTAINABILITY_PLAN_SUBMITTED: 'Sustainability plan submitted',
  COMPLETED: 'Completed',
};

/** The stage's label; a stage this client does not know yet is shown as the server names it. */
export function stageLabel(stage: string | null | undefined): string {
  if (!stage) return 'Not applied';
  return FLEXIBILITY_STAGE_LABEL[stage] ?? stage.replace(/_/g, ' ').toLowerCase();
}

/** The badge tone of a stage: returned needs attention, approved and completed are settled. */
export function stageTone(stage: string | null | undefined): 'danger' | 'warn' | 'ok' | 'neutral' {
  if (stage === 'RETURNED') return 'warn';
  if (stage === 'APPROVED' || stage === 'COMPLETED') return 'ok';
  return 'neutral';
}
