import type { EntityManager } from '@mikro-orm/knex';
import { ErrorCode } from '@partnerhub/shared';
import { InputChecks } from '../../graphql/input-checks.js';
import { type AuditFacts, saveAudited } from '../audit/index.js';
import { checkDistrictUnique, checkLeaId, slugProblem } from './district-record.js';
import type { District } from './district.entity.js';
import type { UpdateDistrictInput } from './district.inputs.js';
import type { UpdateDistrictPayload } from './district.payloads.js';

/**
 * Updates a district's profile as a whole or not at all, refusing stale copies; audited. Its
 * identifiers (NCES LEA ID, slug) change only when `mayCorrectIdentifiers` (the state's admins).
 */
export async function updateDistrictProfile({
  em,
  audit,
  district,
  input,
  mayCorrectIdentifiers = false,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  input: UpdateDistrictInput;
  mayCorrectIdentifiers?: boolean;
}): Promise<UpdateDistrictPayload> {
  const check = new InputChecks();
  const changes: Partial<District> = {};
  if (input.name !== undefined) changes.name = check.text('name', input.name, { max: 200, required: true })!;
  if (input.city !== undefined) changes.city = check.text('city', input.city, { max: 120 });
  if (input.website !== undefined) changes.website = check.url('website', input.website);
  if (input.description !== undefined)
    changes.description = check.text('description', input.description, { max: 5000 });
  for (const field of ['ncesLeaId', 'slug'] as const) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    if (!mayCorrectIdentifiers)
      check.fail(field, "Only the state's admins may change this.", ErrorCode.FORBIDDEN);
    else if (field === 'slug') {
      const problem = slugProblem(value.trim());
      if (problem) check.fail('slug', problem);
      changes.slug = value.trim();
    } else changes.ncesLeaId = checkLeaId(check, 'ncesLeaId', value, district.state);
  }
  if (check.ok && (changes.slug !== undefined || changes.ncesLeaId !== undefined))
    await checkDistrictUnique(em, check, {
      slug: changes.slug,
      ncesLeaId: changes.ncesLeaId,
      except: district.id,
    });
  if (!check.ok) return { district: null, userErrors: check.errors };

  const userErrors = await saveAudited(em, audit, {
    entity: district,
    version: input.version,
    changes,
    record: {
      action: 'district.update',
      target: { type: 'District', id: district.id },
      districtId: district.id,
    },
  });
  if (userErrors.length) return { district: null, userErrors };
  return { district, userErrors: [] };
}
