import { PartnershipStatus, Role } from '@partnerhub/shared';
import type { EntityManager } from '@mikro-orm/knex';
import type { District } from '../organizations/district.entity.js';
import type { PartnerOrganization } from '../organizations/partner-organization.entity.js';
import type { Partnership } from '../partnerships/partnership.entity.js';
import type {
  DistrictDocumentSubject,
  DistrictSubject,
  PartnerSubject,
  PartnershipSubject,
} from './policy.js';

export function districtSubject(district: Pick<District, 'id'>): DistrictSubject {
  return { districtId: district.id };
}

export function partnershipSubject(p: Partnership): PartnershipSubject {
  return {
    districtId: p.district.id,
    partnerId: p.partner.id,
    status: p.status,
    proposedBy: p.proposedBy,
    accepted: p.acceptedAt != null,
    declined: p.declinedAt != null,
  };
}

/**
 * The districts that may read the partner's private data (an accepted ACTIVE partnership) and the
 * district that manages it (the one that added it, while no member of the partner is its admin): two
 * small indexed queries. A partnership in any other state gives a district nothing over the partner.
 */
export async function partnerSubject(
  em: EntityManager,
  partner: PartnerOrganization,
): Promise<PartnerSubject> {
  const conn = em.getConnection();
  const [districts, admins] = await Promise.all([
    conn.execute<{ district_id: number }[]>(
      'select district_id from partnership where partner_id = ? and status = ? and accepted_at is not null',
      [partner.id, PartnershipStatus.ACTIVE],
    ),
    conn.execute<{ n: number }[]>('select count(*) as n from membership where partner_id = ? and role = ?', [
      partner.id,
      Role.PARTNER_ADMIN,
    ]),
  ]);
  const hasAdmin = Number(admins[0]?.n ?? 0) > 0;
  return {
    partnerId: partner.id,
    activeDistrictIds: districts.map((r) => Number(r.district_id)),
    managingDistrictId: hasAdmin ? null : (partner.createdByDistrict?.id ?? null),
  };
}

/** Which partners take part in a district's shared documents (accepted ACTIVE partnerships only). */
export async function districtDocumentSubject(
  em: EntityManager,
  districtId: number,
): Promise<DistrictDocumentSubject> {
  const rows = await em
    .getConnection()
    .execute<{ partner_id: number; participates_in_vision: number | boolean }[]>(
      'select partner_id, participates_in_vision from partnership where district_id = ? and status = ? and accepted_at is not null',
      [districtId, PartnershipStatus.ACTIVE],
    );
  return {
    districtId,
    activePartnerIds: rows.map((r) => Number(r.partner_id)),
    visionPartnerIds: rows
      .filter((r) => Boolean(Number(r.participates_in_vision)))
      .map((r) => Number(r.partner_id)),
  };
}

const requestSubjects = new WeakMap<object, Map<number, Promise<DistrictDocumentSubject>>>();

/** `districtDocumentSubject`, read once per request: `request` is the request's context. */
export function requestDistrictDocumentSubject(
  request: { em: EntityManager },
  districtId: number,
): Promise<DistrictDocumentSubject> {
  let byDistrict = requestSubjects.get(request);
  if (!byDistrict) requestSubjects.set(request, (byDistrict = new Map()));
  let subject = byDistrict.get(districtId);
  if (!subject) byDistrict.set(districtId, (subject = districtDocumentSubject(request.em, districtId)));
  return subject;
}
