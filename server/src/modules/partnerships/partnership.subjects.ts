import { PartnershipStatus } from '@partnerhub/shared';
import type { EntityManager } from '@mikro-orm/knex';
import type { DistrictDocumentSubject } from '../access/index.js';
import { oncePerRequest } from '../../graphql/request-cache.js';

/** Districts with an accepted ACTIVE partnership with the partner: the facts behind its policy subject. */
export async function activeDistrictIdsOfPartner(em: EntityManager, partnerId: number): Promise<number[]> {
  const rows = await em
    .getConnection()
    .execute<{ district_id: number }[]>(
      'select district_id from partnership where partner_id = ? and status = ? and accepted_at is not null',
      [partnerId, PartnershipStatus.ACTIVE],
    );
  return rows.map((r) => Number(r.district_id));
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

/** `districtDocumentSubject`, read once per request: `request` is the request's context. */
export function requestDistrictDocumentSubject(
  request: { em: EntityManager },
  districtId: number,
): Promise<DistrictDocumentSubject> {
  return oncePerRequest(request, `district-document-subject:${districtId}`, () =>
    districtDocumentSubject(request.em, districtId),
  );
}
