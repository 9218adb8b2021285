import type { EntityManager } from '@mikro-orm/knex';
import { DistrictCondition } from '@partnerhub/shared';
import { idOfType } from '../../graphql/global-id.js';
import type { InputChecks } from '../../graphql/input-checks.js';
import { PartnerOrganization } from '../organizations/index.js';
import { Partnership } from '../partnerships/index.js';
import type { ResponsiblePartyInput } from './plan.inputs.js';
import type { ObjectiveStatus } from './planning.enums.js';

/** Column values of an objective that an input sets; undefined keys stay as they are. */
export interface ObjectiveValues {
  title?: string;
  description?: string | null;
  startDate?: string | null;
  dueDate?: string | null;
  planYear?: number | null;
  evidenceTier?: number | null;
  status?: ObjectiveStatus;
  responsiblePerson?: string | null;
  responsibleOrganization?: string | null;
  responsiblePartner?: PartnerOrganization | null;
}

interface FieldsInput {
  title?: string | null;
  description?: string | null;
  startDate?: string | null;
  dueDate?: string | null;
  planYear?: number | null;
  evidenceTier?: number | null;
  status?: ObjectiveStatus | null;
  responsibleParty?: ResponsiblePartyInput | null;
  conditions?: DistrictCondition[] | null;
}

function intInRange(
  check: InputChecks,
  field: string,
  value: number | null | undefined,
  min: number,
  max: number,
) {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < min || value > max) {
    check.fail(field, `Enter a whole number from ${min} to ${max}.`);
    return null;
  }
  return value;
}

async function responsibleParty(
  em: EntityManager,
  check: InputChecks,
  districtId: number,
  party: ResponsiblePartyInput | null,
): Promise<Pick<ObjectiveValues, 'responsiblePerson' | 'responsibleOrganization' | 'responsiblePartner'>> {
  const none = { responsiblePerson: null, responsibleOrganization: null, responsiblePartner: null };
  if (!party) return none;
  const person = check.text('responsibleParty.personName', party.personName, { max: 200 });
  const organization = check.text('responsibleParty.organizationName', party.organizationName, { max: 200 });
  const given = [person, organization, party.partnerId].filter((v) => v != null && v !== '').length;
  if (given !== 1) {
    check.fail('responsibleParty', 'Give exactly one: a person, a partner or another organization.');
    return none;
  }
  if (!party.partnerId) return { ...none, responsiblePerson: person, responsibleOrganization: organization };
  const partnerId = idOfType(party.partnerId, 'PartnerOrganization');
  const partnered =
    partnerId !== null && (await em.count(Partnership, { district: districtId, partner: partnerId })) > 0;
  if (!partnered) {
    check.fail(
      'responsibleParty.partnerId',
      'Choose a partner organization this district has a partnership with.',
    );
    return none;
  }
  return { ...none, responsiblePartner: em.getReference(PartnerOrganization, partnerId) };
}

/**
 * Checks the objective fields an input gives and returns the column values and conditions to set.
 * `current` holds the dates the objective has, so a new start date is checked against the old due date.
 */
export async function checkObjectiveFields(
  em: EntityManager,
  check: InputChecks,
  districtId: number,
  input: FieldsInput,
  current: { startDate?: string | null; dueDate?: string | null } = {},
): Promise<{ values: ObjectiveValues; conditions?: DistrictCondition[] }> {
  const values: ObjectiveValues = {};
  if (input.title !== undefined)
    values.title = check.text('title', input.title, { max: 300, required: true })!;
  if (input.description !== undefined)
    values.description = check.text('description', input.description, { max: 5000 });
  if (input.startDate !== undefined) values.startDate = check.date('startDate', input.startDate);
  if (input.dueDate !== undefined) values.dueDate = check.date('dueDate', input.dueDate);
  check.dateOrder(
    'startDate',
    values.startDate !== undefined ? values.startDate : (current.startDate ?? null),
    'dueDate',
    values.dueDate !== undefined ? values.dueDate : (current.dueDate ?? null),
  );
  if (input.planYear !== undefined) values.planYear = intInRange(check, 'planYear', input.planYear, 1, 5);
  if (input.evidenceTier !== undefined)
    values.evidenceTier = intInRange(check, 'evidenceTier', input.evidenceTier, 1, 4);
  if (input.status != null) values.status = input.status;
  if (input.responsibleParty !== undefined)
    Object.assign(values, await responsibleParty(em, check, districtId, input.responsibleParty));
  let conditions: DistrictCondition[] | undefined;
  if (input.conditions !== undefined) {
    const valid = new Set<string>(Object.values(DistrictCondition));
    conditions = [...new Set(input.conditions ?? [])].filter((c) => valid.has(c));
  }
  return { values, conditions };
}

/** How an objective's responsible party reads in the audit log. */
export function responsibleLabel(o: {
  responsiblePerson?: string | null;
  responsibleOrganization?: string | null;
  responsiblePartner?: { id: number } | null;
}): string | null {
  if (o.responsiblePerson) return `person: ${o.responsiblePerson}`;
  if (o.responsibleOrganization) return `organization: ${o.responsibleOrganization}`;
  if (o.responsiblePartner) return `partner: ${o.responsiblePartner.id}`;
  return null;
}
