import type { EntityManager } from '@mikro-orm/knex';
import {
  ErrorCode,
  IndicatorCategory,
  IndicatorDirection,
  IndicatorUnit,
  Subgroup,
} from '@partnerhub/shared';
import { InputChecks } from '../../graphql/input-checks.js';
import { staleErrors, userError } from '../../graphql/user-errors.js';
import { type AuditFacts, recordAudit, saveAudited } from '../audit/index.js';
import { District, StateAgency } from '../organizations/index.js';
import { stateAgencyIdOf } from './evaluation.cells.js';
import { Indicator } from './evaluation.entities.js';
import type { ArchiveIndicatorInput, IndicatorFields, UpdateIndicatorInput } from './evaluation.inputs.js';
import type { IndicatorPayload } from './evaluation.payloads.js';

/** The scope keys of the indicators that apply to a district: seeded, its state's, its own. */
export async function scopesOf(em: EntityManager, districtId: number): Promise<string[]> {
  const agencyId = await stateAgencyIdOf(em, districtId);
  return ['', ...(agencyId === null ? [] : [`S${agencyId}`]), `D${districtId}`];
}

/** The district's indicators that are not archived, seeded first, in display order. */
export async function indicatorsOf(
  em: EntityManager,
  districtId: number,
  { category, withArchived = false }: { category?: IndicatorCategory | null; withArchived?: boolean } = {},
): Promise<Indicator[]> {
  const found = await em.find(
    Indicator,
    {
      scopeKey: { $in: await scopesOf(em, districtId) },
      ...(category ? { category } : {}),
      ...(withArchived ? {} : { archivedAt: null }),
    },
    { orderBy: { position: 'asc', id: 'asc' } },
  );
  const rank = (i: Indicator) => (i.scopeKey === '' ? 0 : i.scopeKey.startsWith('S') ? 1 : 2);
  return found.sort((a, b) => rank(a) - rank(b) || a.position - b.position || a.id - b.id);
}

const CODE = /^[A-Z][A-Z0-9_]{1,59}$/;
type Values = Partial<
  Pick<
    Indicator,
    | 'code'
    | 'name'
    | 'description'
    | 'category'
    | 'planYears'
    | 'unit'
    | 'direction'
    | 'subgroups'
    | 'conditions'
  >
>;

const oneOf = <T extends string>(all: Record<string, T>, v: unknown): v is T =>
  Object.values(all).includes(v as T);

function checkFields(check: InputChecks, input: IndicatorFields, creating: boolean): Values {
  const v: Values = {};
  if (creating || input.code != null) {
    const code = check.text('code', input.code, { max: 60, required: true });
    if (code && !CODE.test(code))
      check.fail('code', 'Use capital letters, digits and underscores, starting with a letter.');
    if (code) v.code = code;
  }
  if (creating || input.name != null) {
    const name = check.text('name', input.name, { max: 200, required: true });
    if (name) v.name = name;
  }
  if (creating || input.description != null)
    v.description = check.text('description', input.description, { max: 2000 }) ?? '';
  const required = (field: string, value: unknown) => {
    if (creating && value == null) check.fail(field, 'This is required.');
  };
  required('category', input.category);
  required('unit', input.unit);
  required('direction', input.direction);
  required('planYears', input.planYears);
  if (input.category != null && oneOf(IndicatorCategory, input.category)) v.category = input.category;
  if (input.unit != null && oneOf(IndicatorUnit, input.unit)) v.unit = input.unit;
  if (input.direction != null && oneOf(IndicatorDirection, input.direction)) v.direction = input.direction;
  if (input.planYears != null) {
    const years = [...new Set(input.planYears)].sort();
    if (!years.length || years.some((y) => !Number.isInteger(y) || y < 1 || y > 5))
      check.fail('planYears', 'Give plan years from 1 to 5.');
    v.planYears = years;
  }
  if (input.subgroups != null || creating) {
    const subgroups = [...new Set(input.subgroups ?? [Subgroup.ALL_STUDENTS])];
    if (!subgroups.includes(Subgroup.ALL_STUDENTS))
      check.fail('subgroups', 'Every indicator reports all students.');
    const order = Object.values(Subgroup);
    v.subgroups = subgroups.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  if (input.conditions != null) v.conditions = [...new Set(input.conditions)];
  else if (creating) v.conditions = [];
  return v;
}

async function codeTaken(em: EntityManager, scopes: string[], code: string, except?: number) {
  return (
    (await em.count(Indicator, {
      scopeKey: { $in: scopes },
      code,
      ...(except ? { id: { $ne: except } } : {}),
    })) > 0
  );
}

/** Adds a state's or a district's indicator; its code may not repeat one that applies there. Audited. */
export async function createIndicator({
  em,
  audit,
  owner,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  owner: { district: District } | { stateAgency: StateAgency };
  input: IndicatorFields;
}): Promise<IndicatorPayload> {
  const check = new InputChecks();
  const values = checkFields(check, input, true);
  if (!check.ok) return { indicator: null, userErrors: check.errors };
  const scopeKey = 'district' in owner ? `D${owner.district.id}` : `S${owner.stateAgency.id}`;
  const scopes = 'district' in owner ? await scopesOf(em, owner.district.id) : ['', scopeKey];
  if (await codeTaken(em, scopes, values.code!))
    return {
      indicator: null,
      userErrors: [userError('code', 'An indicator with this code exists.', ErrorCode.TAKEN)],
    };
  const last = await em.findOne(Indicator, { scopeKey }, { orderBy: { position: 'desc' } });
  const indicator = em.create(Indicator, {
    ...(values as Required<Values>),
    scopeKey,
    district: 'district' in owner ? owner.district : null,
    stateAgency: 'stateAgency' in owner ? owner.stateAgency : null,
    position: (last?.position ?? 999) + 1,
  });
  await em.flush();
  recordAudit(em, audit, {
    action: 'indicator.create',
    target: { type: 'Indicator', id: indicator.id },
    districtId: 'district' in owner ? owner.district.id : null,
    changes: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { from: null, to: v }])),
  });
  await em.flush();
  return { indicator, userErrors: [] };
}

/** Changes a state's or district's indicator (seeded ones are fixed); audited. */
export async function updateIndicator({
  em,
  audit,
  indicator,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  indicator: Indicator;
  input: UpdateIndicatorInput;
}): Promise<IndicatorPayload> {
  const check = new InputChecks();
  const values = checkFields(check, input, false);
  if (!check.ok) return { indicator: null, userErrors: check.errors };
  if (values.code && values.code !== indicator.code) {
    const scopes = indicator.district ? await scopesOf(em, indicator.district.id) : ['', indicator.scopeKey];
    if (await codeTaken(em, scopes, values.code, indicator.id))
      return {
        indicator: null,
        userErrors: [userError('code', 'An indicator with this code exists.', ErrorCode.TAKEN)],
      };
  }
  const userErrors = await saveAudited(em, audit, {
    entity: indicator,
    version: input.version,
    changes: values,
    record: {
      action: 'indicator.update',
      target: { type: 'Indicator', id: indicator.id },
      districtId: indicator.district?.id ?? null,
    },
  });
  return userErrors.length ? { indicator: null, userErrors } : { indicator, userErrors: [] };
}

/** Archives an indicator: its values stay, it takes no new ones. Audited. */
export async function archiveIndicator({
  em,
  audit,
  indicator,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  indicator: Indicator;
  input: ArchiveIndicatorInput;
}): Promise<IndicatorPayload> {
  if (indicator.version !== input.version) return { indicator: null, userErrors: staleErrors() };
  const userErrors = await saveAudited(em, audit, {
    entity: indicator,
    version: input.version,
    changes: { archivedAt: indicator.archivedAt ?? new Date() },
    record: {
      action: 'indicator.archive',
      target: { type: 'Indicator', id: indicator.id },
      districtId: indicator.district?.id ?? null,
    },
  });
  return userErrors.length ? { indicator: null, userErrors } : { indicator, userErrors: [] };
}
