import type { EntityManager } from '@mikro-orm/knex';
import { idOfType } from '../../graphql/global-id.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { type AuditChanges, type AuditFacts, recordAudit } from '../audit/index.js';
import { Opportunity } from '../opportunities/index.js';
import { Partnership } from '../partnerships/index.js';
import { ObjectiveListing } from './objective-parts.entity.js';
import type { Objective } from './objective.entity.js';
import type { LinkObjectiveInput } from './plan.inputs.js';
import type { ObjectivePayload } from './plan.payloads.js';

const MAX_LINKS = 50;

async function partnershipsOf(
  em: EntityManager,
  check: InputChecks,
  districtId: number,
  globalIds: string[],
) {
  const ids = globalIds.map((g) => idOfType(g, 'Partnership'));
  const found = ids.every((id) => id !== null)
    ? await em.find(Partnership, { id: { $in: ids }, district: districtId })
    : [];
  const missing = globalIds.filter((_, i) => !found.some((p) => p.id === ids[i]));
  if (missing.length)
    check.fail('partnershipIds', `No partnership of this district has the id ${missing.join(', ')}.`);
  return found;
}

async function listingIdsOf(em: EntityManager, check: InputChecks, districtId: number, listingIds: string[]) {
  const rows = listingIds.length
    ? await em.find(
        Opportunity,
        { district: districtId, listingId: { $in: listingIds } },
        { fields: ['listingId'], disableIdentityMap: true },
      )
    : [];
  const known = new Set(rows.map((r) => r.listingId));
  const missing = listingIds.filter((id) => !known.has(id));
  if (missing.length)
    check.fail('listingIds', `No published listing of this district has the id ${missing.join(', ')}.`);
  return listingIds;
}

/**
 * Sets the partnerships and published listings an objective relies on (each list given replaces the
 * current links). Partnerships must be the district's; listings must have been published by it,
 * in any version, since listing ids stay valid across versions. Audited.
 */
export async function linkObjective({
  em,
  audit,
  objective,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  objective: Objective;
  input: LinkObjectiveInput;
}): Promise<ObjectivePayload> {
  const check = new InputChecks();
  const districtId = objective.district.id;
  const partnershipIds = input.partnershipIds ? [...new Set(input.partnershipIds)] : null;
  const listingIds = input.listingIds ? [...new Set(input.listingIds.map((l) => l.trim()))] : null;
  if ((partnershipIds?.length ?? 0) > MAX_LINKS || (listingIds?.length ?? 0) > MAX_LINKS)
    check.fail(null, `Link at most ${MAX_LINKS} partnerships and ${MAX_LINKS} listings.`);
  const tooMany = !check.ok;
  const partnerships =
    !tooMany && partnershipIds ? await partnershipsOf(em, check, districtId, partnershipIds) : null;
  const listings = !tooMany && listingIds ? await listingIdsOf(em, check, districtId, listingIds) : null;
  if (!check.ok) return { objective: null, userErrors: check.errors };

  const changes: AuditChanges = {};
  if (partnerships) {
    const before = (await objective.partnerships.loadItems()).map((p) => p.id).sort((a, b) => a - b);
    const after = partnerships.map((p) => p.id).sort((a, b) => a - b);
    if (JSON.stringify(before) !== JSON.stringify(after))
      changes.partnershipIds = { from: before, to: after };
    objective.partnerships.set(partnerships);
  }
  if (listings) {
    const links = await objective.listingLinks.loadItems();
    const before = links.map((l) => l.listingId).sort();
    if (JSON.stringify(before) !== JSON.stringify([...listings].sort()))
      changes.listingIds = { from: before, to: [...listings].sort() };
    for (const link of links) if (!listings.includes(link.listingId)) objective.listingLinks.remove(link);
    for (const listingId of listings)
      if (!before.includes(listingId))
        objective.listingLinks.add(em.create(ObjectiveListing, { objective, listingId }));
  }
  if (Object.keys(changes).length) {
    objective.updatedAt = new Date();
    recordAudit(em, audit, {
      action: 'objective.link',
      target: { type: 'Objective', id: objective.id },
      districtId,
      changes,
    });
  }
  await em.flush();
  return { objective, userErrors: [] };
}
