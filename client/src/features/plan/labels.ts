import type { ObjectiveStatus } from '@/app/graphql/generated/graphql';

export const OBJECTIVE_STATUSES: readonly ObjectiveStatus[] = [
  'NOT_STARTED',
  'ON_TRACK',
  'AT_RISK',
  'OFF_TRACK',
  'DONE',
];

export const OBJECTIVE_STATUS_LABEL: Record<ObjectiveStatus, string> = {
  NOT_STARTED: 'Not started',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
  DONE: 'Done',
};

/** The badge tone that repeats a status in colour (the label always says it in words). */
export const OBJECTIVE_STATUS_TONE: Record<ObjectiveStatus, 'danger' | 'warn' | 'ok' | 'neutral'> = {
  NOT_STARTED: 'neutral',
  ON_TRACK: 'ok',
  AT_RISK: 'warn',
  OFF_TRACK: 'danger',
  DONE: 'ok',
};

/** ESSA evidence tiers, 1 to 4. */
export const EVIDENCE_TIER_LABEL: Record<number, string> = {
  1: 'Tier 1: strong evidence',
  2: 'Tier 2: moderate evidence',
  3: 'Tier 3: promising evidence',
  4: 'Tier 4: demonstrates a rationale',
};
