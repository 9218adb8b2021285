import type { EntityManager } from '@mikro-orm/knex';
import { toGlobalId } from '../../graphql/global-id.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { staleErrors } from '../../graphql/user-errors.js';
import { type AuditFacts, recordAudit, saveAudited } from '../audit/index.js';
import type { District } from '../organizations/index.js';
import type { FundingProgram } from './funding-program.entity.js';
import { FundingRule } from './funding-rule.entity.js';
import { FundingRuleKind } from './funding.enums.js';
import type {
  CreateFundingRuleInput,
  DeleteFundingItemInput,
  UpdateFundingRuleInput,
} from './funding.inputs.js';
import type { DeleteFundingItemPayload, FundingRulePayload } from './funding.payloads.js';
import { MAX_CENTS, checkFiscalYear } from './funding.read.js';

type RuleValues = Partial<
  Pick<
    FundingRule,
    | 'purpose'
    | 'basisPoints'
    | 'thresholdCents'
    | 'firstFiscalYear'
    | 'lastFiscalYear'
    | 'active'
    | 'citation'
    | 'note'
  >
>;

/** Checks the rule fields an input gives; the result is checked against the rule as it will be. */
function checkRule(
  check: InputChecks,
  input: CreateFundingRuleInput | UpdateFundingRuleInput,
  current: RuleValues & { kind: FundingRuleKind },
): RuleValues {
  const values: RuleValues = {};
  if (input.basisPoints != null) {
    if (!Number.isInteger(input.basisPoints) || input.basisPoints < 0 || input.basisPoints > 10_000)
      check.fail('basisPoints', 'Enter basis points from 0 to 10000 (100 is 1%).');
    values.basisPoints = input.basisPoints;
  }
  if (input.purpose !== undefined) values.purpose = input.purpose;
  if (input.thresholdCents !== undefined) {
    const t = input.thresholdCents;
    if (t !== null && (!Number.isSafeInteger(t) || t < 0 || t > MAX_CENTS))
      check.fail('thresholdCents', `Enter a whole number of cents from 0 to ${MAX_CENTS}, or null for none.`);
    values.thresholdCents = t;
  }
  if (input.firstFiscalYear !== undefined)
    values.firstFiscalYear = checkFiscalYear(check, 'firstFiscalYear', input.firstFiscalYear);
  if (input.lastFiscalYear !== undefined)
    values.lastFiscalYear = checkFiscalYear(check, 'lastFiscalYear', input.lastFiscalYear);
  if (input.active != null) values.active = input.active;
  if (input.citation !== undefined) values.citation = check.text('citation', input.citation, { max: 300 });
  if (input.note !== undefined) values.note = check.text('note', input.note, { max: 2000 });
  const next = { ...current, ...values };
  if (
    next.firstFiscalYear != null &&
    next.lastFiscalYear != null &&
    next.lastFiscalYear < next.firstFiscalYear
  )
    check.fail('lastFiscalYear', 'The last fiscal year must be on or after the first.');
  if (next.kind === FundingRuleKind.SET_ASIDE_MINIMUM && !next.purpose)
    check.fail('purpose', 'A set-aside needs the purpose the money is set aside for.');
  return values;
}

/** Adds a district rule for a program (replacing defaults of the same kind and purpose); audited. */
export async function createFundingRule({
  em,
  audit,
  district,
  program,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  program: FundingProgram;
  input: CreateFundingRuleInput;
}): Promise<FundingRulePayload> {
  const check = new InputChecks();
  const values = checkRule(check, input, { kind: input.kind });
  if (!check.ok) return { rule: null, userErrors: check.errors };
  const rule = await em.transactional(async (tx) => {
    const created = tx.create(FundingRule, {
      ...values,
      program,
      district,
      kind: input.kind,
      basisPoints: values.basisPoints!,
      active: values.active ?? true,
    });
    await tx.flush();
    recordAudit(tx, audit, {
      action: 'fundingRule.create',
      target: { type: 'FundingRule', id: created.id },
      districtId: district.id,
      changes: Object.fromEntries(
        Object.entries({ program: program.code, kind: input.kind, ...values, active: created.active }).map(
          ([k, v]) => [k, { from: null, to: v ?? null }],
        ),
      ),
    });
    return created;
  });
  return { rule, userErrors: [] };
}

/** Changes a district rule as a whole or not at all, refusing stale copies; audited. */
export async function updateFundingRule({
  em,
  audit,
  rule,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  rule: FundingRule;
  input: UpdateFundingRuleInput;
}): Promise<FundingRulePayload> {
  const check = new InputChecks();
  const values = checkRule(check, input, rule);
  if (!check.ok) return { rule: null, userErrors: check.errors };
  const userErrors = await saveAudited(em, audit, {
    entity: rule,
    version: input.version,
    changes: values,
    record: {
      action: 'fundingRule.update',
      target: { type: 'FundingRule', id: rule.id },
      districtId: rule.district?.id ?? null,
    },
  });
  if (userErrors.length) return { rule: null, userErrors };
  return { rule, userErrors: [] };
}

/** Deletes a district rule, so the defaults it replaced apply again; audited. */
export async function deleteFundingRule({
  em,
  audit,
  rule,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  rule: FundingRule;
  input: DeleteFundingItemInput;
}): Promise<DeleteFundingItemPayload> {
  if (rule.version !== input.version)
    return {
      deletedId: null,
      source: null,
      warnings: [],
      userErrors: staleErrors(),
    };
  const id = rule.id;
  recordAudit(em, audit, {
    action: 'fundingRule.delete',
    target: { type: 'FundingRule', id },
    districtId: rule.district?.id ?? null,
    changes: { kind: { from: rule.kind, to: null }, basisPoints: { from: rule.basisPoints, to: null } },
  });
  await em.remove(rule).flush();
  return { deletedId: toGlobalId('FundingRule', id), source: null, warnings: [], userErrors: [] };
}
