import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { ErrorCode, checkStateCode } from '@partnerhub/shared';
import { InputChecks } from '../../graphql/input-checks.js';
import { type UserError, userError } from '../../graphql/user-errors.js';
import { type AuditFacts, recordAudit, saveAudited } from '../audit/index.js';
import { type NewDistrictFields, checkNewDistrict } from './district-record.js';
import { District } from './district.entity.js';
import { StateAgency } from './state-agency.entity.js';

/** Changes to an agency's profile as they arrive; undefined keeps a field. */
export interface StateAgencyChanges {
  version: number;
  name?: string | null;
  website?: string | null;
  reviewersMayDecide?: boolean | null;
}

/** The agency of a state (two-letter code, any case), or null. */
export function findStateAgency(em: EntityManager, state: string): Promise<StateAgency | null> {
  const code = state.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return Promise.resolve(null);
  return em.findOne(StateAgency, { state: code });
}

/** Creates the one agency of a state; audited. A second agency for the same state is refused (TAKEN). */
export async function createStateAgency({
  em,
  audit,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  input: { state: string; name: string; website?: string | null };
}): Promise<{ stateAgency: StateAgency | null; userErrors: UserError[] }> {
  const check = new InputChecks();
  const state = input.state.trim().toUpperCase();
  const stateProblem = checkStateCode(state);
  if (stateProblem) check.fail('state', stateProblem);
  const name = check.text('name', input.name, { max: 200, required: true });
  const website = check.url('website', input.website);
  if (!check.ok) return { stateAgency: null, userErrors: check.errors };
  if (await em.count(StateAgency, { state }))
    return { stateAgency: null, userErrors: [userError('state', taken(state), ErrorCode.TAKEN)] };
  try {
    return await em.transactional(async (tx) => {
      const stateAgency = tx.create(StateAgency, { state, name: name!, website });
      await tx.flush();
      recordAudit(tx, audit, {
        action: 'stateAgency.create',
        target: { type: 'StateAgency', id: stateAgency.id },
        changes: { state: { from: null, to: state }, name: { from: null, to: name } },
      });
      return { stateAgency, userErrors: [] };
    });
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    return { stateAgency: null, userErrors: [userError('state', taken(state), ErrorCode.TAKEN)] };
  }
}

const taken = (state: string) => `${state} already has a state agency.`;

/** Updates an agency's profile as a whole or not at all, refusing stale copies; audited. */
export async function updateStateAgency({
  em,
  audit,
  stateAgency,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  stateAgency: StateAgency;
  input: StateAgencyChanges;
}): Promise<{ stateAgency: StateAgency | null; userErrors: UserError[] }> {
  const check = new InputChecks();
  const changes: Partial<StateAgency> = {};
  if (input.name !== undefined) changes.name = check.text('name', input.name, { max: 200, required: true })!;
  if (input.website !== undefined) changes.website = check.url('website', input.website);
  if (input.reviewersMayDecide !== undefined && input.reviewersMayDecide !== null)
    changes.reviewersMayDecide = input.reviewersMayDecide;
  if (!check.ok) return { stateAgency: null, userErrors: check.errors };
  const userErrors = await saveAudited(em, audit, {
    entity: stateAgency,
    version: input.version,
    changes,
    record: { action: 'stateAgency.update', target: { type: 'StateAgency', id: stateAgency.id } },
  });
  return userErrors.length ? { stateAgency: null, userErrors } : { stateAgency, userErrors: [] };
}

/**
 * Creates a district, every field checked first (NCES LEA ID against the state's FIPS code, slug
 * form, uniqueness), so a refused district leaves nothing behind; audited.
 */
export async function createDistrict({
  em,
  audit,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  input: NewDistrictFields;
}): Promise<{ district: District | null; userErrors: UserError[] }> {
  const { fields, check } = await checkNewDistrict(em, input);
  if (!fields) return { district: null, userErrors: check.errors };
  try {
    return await em.transactional(async (tx) => {
      const district = tx.create(District, fields);
      await tx.flush();
      recordAudit(tx, audit, {
        action: 'district.create',
        target: { type: 'District', id: district.id },
        districtId: district.id,
        changes: Object.fromEntries(
          Object.entries(fields).map(([key, to]) => [key, { from: null, to: to ?? null }]),
        ),
      });
      return { district, userErrors: [] };
    });
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    // Another request took the slug or the NCES LEA ID between the check and the insert.
    return {
      district: null,
      userErrors: [
        userError('slug', 'Another district took this address or NCES LEA ID just now.', ErrorCode.TAKEN),
      ],
    };
  }
}
