import type { VettingStatus } from '@/app/graphql/generated/graphql';

export type Tone = 'danger' | 'warn' | 'ok' | 'neutral';

/** Each vetting status in words, with the colour that repeats it (the words always carry the meaning). */
export const VETTING_STATUS: Record<VettingStatus, { label: string; tone: Tone }> = {
  EXPIRED: { label: 'Expired', tone: 'danger' },
  EXPIRING_SOON: { label: 'Expires soon', tone: 'warn' },
  MISSING: { label: 'Missing', tone: 'warn' },
  MISSING_EXPIRY: { label: 'No expiry date', tone: 'warn' },
  VALID: { label: 'Valid', tone: 'ok' },
};

/** Vetting statuses that need someone to act, worst first. */
export const NEEDS_ATTENTION: readonly VettingStatus[] = [
  'EXPIRED',
  'EXPIRING_SOON',
  'MISSING',
  'MISSING_EXPIRY',
];
