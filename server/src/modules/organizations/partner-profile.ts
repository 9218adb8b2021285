import type { EntityManager } from '@mikro-orm/knex';
import { type PartnerKind, STATE_FIPS } from '@partnerhub/shared';
import type { InputChecks } from '../../graphql/input-checks.js';
import { PartnerOrganization } from './partner-organization.entity.js';

/** The editable fields of a partner profile as they arrive in an input (null clears, undefined keeps). */
export interface PartnerProfileInput {
  name?: string | null;
  kind?: PartnerKind | null;
  website?: string | null;
  description?: string | null;
  address?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
}

export type PartnerProfile = Partial<
  Pick<
    PartnerOrganization,
    'name' | 'kind' | 'website' | 'description' | 'address' | 'city' | 'state' | 'postalCode'
  >
>;

const POSTAL_CODE = /^\d{5}(-\d{4})?$/;

/** Checks the fields present in `input`, reporting every problem, and returns their cleaned values. */
export function checkPartnerProfile(check: InputChecks, input: PartnerProfileInput): PartnerProfile {
  const out: PartnerProfile = {};
  if (input.name !== undefined) out.name = check.text('name', input.name, { max: 200, required: true })!;
  if (input.kind !== undefined) {
    if (input.kind === null) check.fail('kind', 'This is required.');
    else out.kind = input.kind;
  }
  if (input.website !== undefined) out.website = check.url('website', input.website);
  if (input.description !== undefined)
    out.description = check.text('description', input.description, { max: 5000 });
  if (input.address !== undefined) out.address = check.text('address', input.address, { max: 300 });
  if (input.city !== undefined) out.city = check.text('city', input.city, { max: 120 });
  if (input.state !== undefined) {
    const state = check.text('state', input.state, { max: 100 })?.toUpperCase() ?? null;
    if (state && !STATE_FIPS[state]) check.fail('state', 'Enter a two-letter state code such as OH.');
    out.state = state;
  }
  if (input.postalCode !== undefined) {
    const postalCode = check.text('postalCode', input.postalCode, { max: 10 });
    if (postalCode && !POSTAL_CODE.test(postalCode))
      check.fail('postalCode', 'Enter a ZIP code such as 43215 or 43215-1234.');
    out.postalCode = postalCode;
  }
  return out;
}

const SLUG_MAX = 120;

function slugOf(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX - 6)
    .replace(/-+$/, '');
  return base || 'partner';
}

/** A slug for a new partner from its name, with `-2`, `-3`, … appended when the plain one is taken. */
export async function uniquePartnerSlug(em: EntityManager, name: string): Promise<string> {
  const base = slugOf(name);
  const taken = new Set(
    (
      await em.find(
        PartnerOrganization,
        { $or: [{ slug: base }, { slug: { $like: `${base}-%` } }] },
        { fields: ['slug'] },
      )
    ).map((p) => p.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
