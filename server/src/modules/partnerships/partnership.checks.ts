import { DistrictCondition, type PartnershipStatus } from '@partnerhub/shared';
import type { InputChecks } from '../../graphql/input-checks.js';
import type { Partnership } from './partnership.entity.js';
import type { PartnershipFields } from './partnership.inputs.js';

export type PartnershipValues = Partial<
  Pick<
    Partnership,
    | 'status'
    | 'startDate'
    | 'endDate'
    | 'commitments'
    | 'conditions'
    | 'participatesInVision'
    | 'agreementUrl'
    | 'agreementSignedOn'
    | 'agreementRenewalOn'
    | 'districtContactName'
    | 'districtContactEmail'
    | 'partnerContactName'
    | 'partnerContactEmail'
    | 'notes'
  >
>;

const CONDITION_ORDER = Object.values(DistrictCondition);

/**
 * Checks the fields present in `input`, reporting every problem, and returns their cleaned values.
 * Date pairs are checked against `current` when only one side of a pair changes.
 */
export function checkPartnership(
  check: InputChecks,
  input: PartnershipFields & { status?: PartnershipStatus | null },
  current: PartnershipValues = {},
): PartnershipValues {
  const out: PartnershipValues = {};
  const required = <K extends 'status' | 'participatesInVision'>(key: K) => {
    if (input[key] === undefined) return;
    if (input[key] === null) check.fail(key, 'This is required.');
    else out[key] = input[key] as PartnershipValues[K];
  };
  required('status');
  required('participatesInVision');
  for (const key of ['startDate', 'endDate', 'agreementSignedOn', 'agreementRenewalOn'] as const)
    if (input[key] !== undefined) out[key] = check.date(key, input[key]);
  for (const key of ['districtContactName', 'partnerContactName'] as const)
    if (input[key] !== undefined) out[key] = check.text(key, input[key], { max: 200 });
  for (const key of ['districtContactEmail', 'partnerContactEmail'] as const)
    if (input[key] !== undefined) out[key] = check.email(key, input[key]);
  if (input.commitments !== undefined)
    out.commitments = check.text('commitments', input.commitments, { max: 5000 });
  if (input.notes !== undefined) out.notes = check.text('notes', input.notes, { max: 10000 });
  if (input.agreementUrl !== undefined) out.agreementUrl = check.url('agreementUrl', input.agreementUrl);
  if (input.conditions !== undefined)
    out.conditions = CONDITION_ORDER.filter((c) => input.conditions?.includes(c));

  const pair = (from: 'startDate' | 'agreementSignedOn', to: 'endDate' | 'agreementRenewalOn') => {
    if (input[from] === undefined && input[to] === undefined) return;
    const value = (key: typeof from | typeof to) => (key in out ? out[key] : current[key]) ?? null;
    check.dateOrder(from, value(from), to, value(to));
  };
  pair('startDate', 'endDate');
  pair('agreementSignedOn', 'agreementRenewalOn');
  return out;
}
