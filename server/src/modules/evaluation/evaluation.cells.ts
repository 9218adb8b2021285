import type { EntityManager } from '@mikro-orm/knex';
import { type Subgroup, effectiveMinimumN, suppressCells } from '@partnerhub/shared';
import { toGlobalId } from '../../graphql/global-id.js';
import { type Viewer, can } from '../access/index.js';
import { District, StateAgency } from '../organizations/index.js';
import { EvaluationSetting, IndicatorValue } from './evaluation.entities.js';
import { CellSuppression } from './evaluation.enums.js';

/** One cell as a reader receives it: value, n and source are null when it is suppressed. */
export interface CellView {
  id: string;
  indicatorId: number;
  subgroup: Subgroup;
  schoolYear: number;
  schoolNcesId: string | null;
  value: number | null;
  n: number | null;
  source: string | null;
  suppression: CellSuppression;
  /** Whether readers other than the district's evaluation editors are shown this cell withheld. */
  withheldFromReaders: boolean;
  /** Only for the district's evaluation editors, who may change or delete the cell. */
  version: number | null;
}

/** The stored facts of one cell, as `presentCells` needs them. */
export type CellRow = Pick<
  IndicatorValue,
  'id' | 'schoolYear' | 'schoolNcesId' | 'subgroup' | 'value' | 'n' | 'source' | 'version'
> & { indicatorId: number };

const raw = (r: CellRow, editor: boolean, withheld: boolean): CellView => ({
  id: toGlobalId('IndicatorValue', r.id),
  indicatorId: r.indicatorId,
  subgroup: r.subgroup,
  schoolYear: r.schoolYear,
  schoolNcesId: r.schoolNcesId || null,
  value: r.value,
  n: r.n,
  source: r.source ?? null,
  suppression: CellSuppression.NONE,
  withheldFromReaders: withheld,
  version: editor ? r.version : null,
});

/**
 * What a reader may see of a district's cells. The district's evaluation editors see every cell as
 * stored; anyone else sees each (indicator, school year) table with small cells withheld, plus every
 * cell from which a withheld one could be worked out (`suppressCells`); editors see which cells
 * those are. Pass whole tables: the suppression of one cell depends on the others of its indicator
 * and year.
 */
export function presentCells(rows: readonly CellRow[], minimumN: number, editor: boolean): CellView[] {
  const tables = new Map<string, CellRow[]>();
  for (const r of rows) {
    const key = `${r.indicatorId}:${r.schoolYear}`;
    tables.set(key, [...(tables.get(key) ?? []), r]);
  }
  const withheld = new Set<CellRow>();
  for (const table of tables.values()) {
    const suppressed = suppressCells(
      table.map((r) => ({ key: String(r.id), row: r.schoolNcesId, subgroup: r.subgroup, n: r.n })),
      minimumN,
    );
    for (const i of suppressed) withheld.add(table[i]!);
  }
  if (editor) return rows.map((r) => raw(r, true, withheld.has(r)));
  return rows.map((r) =>
    withheld.has(r)
      ? {
          ...raw(r, false, true),
          value: null,
          n: null,
          source: null,
          suppression: CellSuppression.SUPPRESSED,
        }
      : raw(r, false, false),
  );
}

/** The district's setting row, if any. */
export function districtSetting(em: EntityManager, districtId: number) {
  return em.findOne(EvaluationSetting, { district: districtId });
}

/**
 * The id of the district's state agency, if the state has one. Read outside the identity map: a
 * partial District there would be handed to a later full load of the same district in the request.
 */
export async function stateAgencyIdOf(em: EntityManager, districtId: number): Promise<number | null> {
  const district = await em.findOneOrFail(District, districtId, {
    fields: ['state'],
    disableIdentityMap: true,
  });
  const agency = await em.findOne(
    StateAgency,
    { state: district.state },
    { fields: ['id'], disableIdentityMap: true },
  );
  return agency?.id ?? null;
}

/** The minimum n in force for a district: 10, its state agency's setting or its own, the highest. */
export async function minimumNOf(em: EntityManager, districtId: number): Promise<number> {
  const agencyId = await stateAgencyIdOf(em, districtId);
  const [own, state] = await Promise.all([
    districtSetting(em, districtId),
    agencyId === null ? null : em.findOne(EvaluationSetting, { stateAgency: agencyId }),
  ]);
  return effectiveMinimumN(state?.minimumN ?? null, own?.minimumN ?? null);
}

/** Whether the viewer sees the district's cells unsuppressed: its evaluation editors only. */
export const seesUnsuppressed = (viewer: Viewer, districtId: number) =>
  can(viewer, 'evaluation:edit', { districtId });

/**
 * The one read path of stored values for anyone: every cell of the district (optionally of some
 * indicators or one year), suppressed unless the viewer is one of its evaluation editors.
 */
export async function readCells(
  em: EntityManager,
  viewer: Viewer,
  districtId: number,
  filter: { indicatorIds?: readonly number[]; schoolYear?: number | null } = {},
): Promise<CellView[]> {
  const rows = await em.find(
    IndicatorValue,
    {
      district: districtId,
      ...(filter.indicatorIds ? { indicator: { $in: [...filter.indicatorIds] } } : {}),
      ...(filter.schoolYear != null ? { schoolYear: filter.schoolYear } : {}),
    },
    { orderBy: { indicator: 'asc', schoolYear: 'asc', schoolNcesId: 'asc', id: 'asc' } },
  );
  const editor = seesUnsuppressed(viewer, districtId);
  const minimumN = await minimumNOf(em, districtId);
  return presentCells(
    rows.map((r) => ({ ...r, indicatorId: r.indicator.id })),
    minimumN,
    editor,
  );
}
