/**
 * Every action the server writes to the audit log, grouped by the part of the product it belongs to.
 * The filter offers, per group, each kind of object as a prefix ("any goal change") and each action.
 * An action missing here is still listed under "Everything"; it only cannot be picked on its own.
 */
export interface AuditActionGroup {
  label: string;
  /** Prefix filters (the API matches a value ending in "." as "starts with"), with their labels. */
  prefixes: readonly { prefix: string; label: string }[];
  actions: readonly string[];
}

export const AUDIT_ACTION_GROUPS: readonly AuditActionGroup[] = [
  {
    label: 'Partnerships and vetting',
    prefixes: [{ prefix: 'partnership.', label: 'Any partnership change' }],
    actions: [
      'partnership.create',
      'partnership.propose',
      'partnership.accept',
      'partnership.decline',
      'partnership.update',
      'partnership.vetting.record',
      'partnership.vetting.remove',
    ],
  },
  {
    label: 'Partner profiles and contacts',
    prefixes: [{ prefix: 'partner.', label: 'Any partner profile change' }],
    actions: [
      'partner.create',
      'partner.update',
      'partner.archive',
      'partner.contact.create',
      'partner.contact.update',
      'partner.contact.delete',
    ],
  },
  {
    label: 'Opportunities and publishing',
    prefixes: [{ prefix: 'opportunities.', label: 'Any opportunity list change' }],
    actions: [
      'opportunities.updateDraft',
      'opportunities.importCsv',
      'opportunities.submit',
      'opportunities.publish',
    ],
  },
  {
    label: 'Plan: goals and objectives',
    prefixes: [
      { prefix: 'plan.', label: 'Plan publishing' },
      { prefix: 'goal.', label: 'Any goal change' },
      { prefix: 'objective.', label: 'Any objective change' },
    ],
    actions: [
      'plan.publish',
      'plan.unpublish',
      'goal.create',
      'goal.update',
      'goal.delete',
      'goal.reorder',
      'objective.create',
      'objective.update',
      'objective.link',
      'objective.delete',
    ],
  },
  {
    label: 'Funding',
    prefixes: [
      { prefix: 'fundingSource.', label: 'Any funding source change' },
      { prefix: 'fundingAllocation.', label: 'Any allocation change' },
      { prefix: 'fundingRule.', label: 'Any funding rule change' },
    ],
    actions: [
      'fundingSource.create',
      'fundingSource.update',
      'fundingSource.delete',
      'fundingAllocation.create',
      'fundingAllocation.update',
      'fundingAllocation.delete',
      'fundingRule.create',
      'fundingRule.update',
      'fundingRule.delete',
    ],
  },
  {
    label: 'Vision',
    prefixes: [{ prefix: 'vision.', label: 'Any vision change' }],
    actions: ['vision.saveVersion', 'vision.restoreVersion', 'vision.adoptVersion'],
  },
  {
    label: 'Conditions for scale',
    prefixes: [{ prefix: 'conditions.', label: 'Any conditions change' }],
    actions: [
      'conditions.update',
      'conditions.publish',
      'conditions.unpublish',
      'conditions.evidence.add',
      'conditions.evidence.update',
      'conditions.evidence.remove',
    ],
  },
  {
    label: 'Evaluation and indicators',
    prefixes: [
      { prefix: 'evaluation.', label: 'Evaluation settings' },
      { prefix: 'indicator.', label: 'Any indicator change' },
      { prefix: 'indicatorTarget.', label: 'Any indicator target change' },
      { prefix: 'indicatorValue.', label: 'Any indicator value change' },
    ],
    actions: [
      'evaluation.setMinimumN',
      'evaluation.publish',
      'evaluation.unpublish',
      'indicator.create',
      'indicator.update',
      'indicator.archive',
      'indicatorTarget.create',
      'indicatorTarget.update',
      'indicatorTarget.delete',
      'indicatorValue.create',
      'indicatorValue.update',
      'indicatorValue.delete',
    ],
  },
  {
    label: 'Flexibility requests',
    prefixes: [{ prefix: 'flexibility.', label: 'Any flexibility request change' }],
    actions: [
      'flexibility.start',
      'flexibility.update',
      'flexibility.submit',
      'flexibility.decide',
      'flexibility.area.create',
      'flexibility.area.update',
      'flexibility.area.delete',
    ],
  },
  {
    label: 'Comments',
    prefixes: [
      { prefix: 'comment.', label: 'Any comment change' },
      { prefix: 'commentThread.', label: 'Any comment thread change' },
    ],
    actions: [
      'commentThread.create',
      'commentThread.resolve',
      'commentThread.reopen',
      'commentThread.delete',
      'comment.create',
      'comment.update',
      'comment.delete',
    ],
  },
  {
    label: 'Providers',
    prefixes: [{ prefix: 'provider.', label: 'Any provider change' }],
    actions: [
      'provider.claim.create',
      'provider.claim.renew',
      'provider.claim.update',
      'provider.claim.withdraw',
      'provider.assessment.create',
      'provider.assessment.update',
    ],
  },
  {
    label: 'Organization profile',
    prefixes: [
      { prefix: 'district.', label: 'Any district profile change' },
      { prefix: 'stateAgency.', label: 'Any state agency change' },
      { prefix: 'state.', label: 'Any state criterion change' },
    ],
    actions: [
      'district.create',
      'district.update',
      'stateAgency.create',
      'stateAgency.update',
      'state.criterion.create',
      'state.criterion.update',
    ],
  },
  {
    label: 'People and access',
    prefixes: [
      { prefix: 'invitation.', label: 'Any invitation change' },
      { prefix: 'membership.', label: 'Any member change' },
      { prefix: 'apiToken.', label: 'Any API token change' },
      { prefix: 'user.', label: 'Any password reset' },
    ],
    actions: [
      'invitation.create',
      'invitation.revoke',
      'membership.create',
      'membership.update',
      'membership.delete',
      'apiToken.create',
      'apiToken.revoke',
      'user.resetPassword',
    ],
  },
];
