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
  return { districtId: p.district.id, partnerId: p.partner.id, status: p.status };
}

/** The partner's partnered districts and whether it has members: two small indexed queries. */
export async function partnerSubject(
  em: EntityManager,
  partner: PartnerOrganization,
): Promise<PartnerSubject> {
  const conn = em.getConnection();
  const [districts, members] = await Promise.all([
    conn.execute<{ district_id: number }[]>('select district_id from partnership where partner_id = ?', [
      partner.id,
    ]),
    conn.execute<{ n: number }[]>('select count(*) as n from membership where partner_id = ?', [partner.id]),
  ]);
  return {
    partnerId: partner.id,
    districtIds: districts.map((r) => Number(r.district_id)),
    createdByDistrictId: partner.createdByDistrict?.id ?? null,
    hasMembers: Number(members[0]?.n ?? 0) > 0,
  };
}

/** Which partners take part in a district's shared documents (active partnerships only). */
export async function districtDocumentSubject(
  em: EntityManager,
  districtId: number,
): Promise<DistrictDocumentSubject> {
  const rows = await em
    .getConnection()
    .execute<{ partner_id: number; participates_in_vision: number | boolean }[]>(
      "select partner_id, participates_in_vision from partnership where district_id = ? and status = 'ACTIVE'",
      [districtId],
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
