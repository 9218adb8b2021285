import type { EntityManager } from '@mikro-orm/knex';
import { InputChecks } from '../../graphql/input-checks.js';
import { type AuditFacts, saveAudited } from '../audit/index.js';
import type { District } from './district.entity.js';
import type { UpdateDistrictInput } from './district.inputs.js';
import type { UpdateDistrictPayload } from './district.payloads.js';

/** Updates a district's profile as a whole or not at all, refusing stale copies; audited. */
export async function updateDistrictProfile({
  em,
  audit,
  district,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  input: UpdateDistrictInput;
}): Promise<UpdateDistrictPayload> {
  const check = new InputChecks();
  const changes: Partial<District> = {};
  if (input.name !== undefined) changes.name = check.text('name', input.name, { max: 200, required: true })!;
  if (input.city !== undefined) changes.city = check.text('city', input.city, { max: 120 });
  if (input.website !== undefined) changes.website = check.url('website', input.website);
  if (input.description !== undefined)
    changes.description = check.text('description', input.description, { max: 5000 });
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
