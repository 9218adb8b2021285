import type { EntityManager } from '@mikro-orm/knex';
import { ErrorCode, checkNcesLeaId, checkStateCode } from '@partnerhub/shared';
import { InputChecks } from '../../graphql/input-checks.js';
import { District } from './district.entity.js';

/** Lowercase words of letters and digits joined by single hyphens, as in /d/maple-ridge. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX = 80;

/** The fields a new district is created with, as they arrive (from the API or the operator). */
export interface NewDistrictFields {
  name: string;
  state: string;
  ncesLeaId: string;
  slug: string;
  city?: string | null;
  website?: string | null;
}

/** Checks a slug's form; null when it is fine. */
export function slugProblem(slug: string): string | null {
  if (slug.length < 2 || slug.length > SLUG_MAX) return `Use 2 to ${SLUG_MAX} characters.`;
  if (!SLUG.test(slug)) return 'Use lowercase letters, digits and single hyphens, such as maple-ridge.';
  return null;
}

/** Checks the NCES LEA ID against the district's state, reporting on `field`. */
export function checkLeaId(check: InputChecks, field: string, value: string, state: string): string {
  const leaId = value.trim();
  const problem = checkNcesLeaId(leaId, state);
  if (problem) check.fail(field, problem);
  return leaId;
}

/**
 * Reports a slug or NCES LEA ID another district already holds (`except` is the district being
 * changed), with code TAKEN.
 */
export async function checkDistrictUnique(
  em: EntityManager,
  check: InputChecks,
  { slug, ncesLeaId, except }: { slug?: string; ncesLeaId?: string; except?: number },
): Promise<void> {
  const others = (where: object) =>
    em.count(District, except === undefined ? where : { ...where, id: { $ne: except } });
  if (slug !== undefined && (await others({ slug })))
    check.fail('slug', `Another district already uses the address /d/${slug}.`, ErrorCode.TAKEN);
  if (ncesLeaId !== undefined && (await others({ ncesLeaId })))
    check.fail('ncesLeaId', `Another district already has the NCES LEA ID ${ncesLeaId}.`, ErrorCode.TAKEN);
}

/** Checks every field of a new district, uniqueness included; the cleaned fields when all are fine. */
export async function checkNewDistrict(
  em: EntityManager,
  input: NewDistrictFields,
): Promise<{ fields: NewDistrictFields | null; check: InputChecks }> {
  const check = new InputChecks();
  const name = check.text('name', input.name, { max: 200, required: true });
  const state = input.state.trim().toUpperCase();
  const stateProblem = checkStateCode(state);
  if (stateProblem) check.fail('state', stateProblem);
  const ncesLeaId = stateProblem
    ? input.ncesLeaId.trim()
    : checkLeaId(check, 'ncesLeaId', input.ncesLeaId, state);
  const slug = input.slug.trim();
  const problem = slugProblem(slug);
  if (problem) check.fail('slug', problem);
  const city = check.text('city', input.city, { max: 120 });
  const website = check.url('website', input.website);
  if (!check.ok) return { fields: null, check };
  await checkDistrictUnique(em, check, { slug, ncesLeaId });
  if (!check.ok) return { fields: null, check };
  return { fields: { name: name!, state, ncesLeaId, slug, city, website }, check };
}
