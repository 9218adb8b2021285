import type { EntityManager } from '@mikro-orm/knex';
import { ALL_SUBGROUPS } from '@partnerhub/shared';
import { userError } from '../../graphql/user-errors.js';
import type { AuditFacts } from '../audit/index.js';
import { parseCsv } from '../opportunity-list/index.js';
import type { District } from '../organizations/index.js';
import { indicatorsOf } from './evaluation.catalog.js';
import type { ImportIndicatorValuesInput } from './evaluation.inputs.js';
import type { ImportIndicatorValuesPayload, ImportProblem } from './evaluation.payloads.js';
import {
  MAX_VALUES,
  type ValueDraft,
  checkValueDrafts,
  indicatorFinder,
  saveValues,
} from './evaluation.values.js';

/** The largest CSV an import reads: 10 MB. */
export const MAX_IMPORT_CHARS = 10 * 1024 * 1024;
const COLUMNS = [
  'indicator_code',
  'school_year',
  'nces_school_id',
  'subgroup',
  'value',
  'n',
  'source',
] as const;
const REQUIRED = new Set(['indicator_code', 'school_year', 'subgroup', 'value', 'n']);
/** The column each checked field came from. */
const COLUMN_OF: Record<string, string> = {
  indicatorId: 'indicator_code',
  schoolYear: 'school_year',
  schoolNcesId: 'nces_school_id',
  subgroup: 'subgroup',
  value: 'value',
  n: 'n',
  source: 'source',
};

const refused = (message: string): ImportIndicatorValuesPayload => ({
  rowCount: 0,
  applied: false,
  problems: [],
  userErrors: [userError('csv', message)],
});

const number = (cell: string) => (cell.trim() === '' ? Number.NaN : Number(cell.trim()));
/** 2026 or 2026-27. */
const year = (cell: string) => {
  const m = /^(\d{4})(-\d{2})?$/.exec(cell.trim());
  return m ? Number(m[1]) : Number.NaN;
};

/**
 * Reads indicator values from CSV and checks every row; saves them all only when no row has a
 * problem and it is not a dry run. Each problem names its line and column.
 */
export async function importIndicatorValues({
  em,
  audit,
  district,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  input: ImportIndicatorValuesInput;
}): Promise<ImportIndicatorValuesPayload> {
  if (input.csv.length > MAX_IMPORT_CHARS) return refused('Import at most 10 MB of CSV at once.');
  if (input.csv.includes('\u0000')) return refused('The file holds NUL bytes: save it as plain CSV text.');
  const table = parseCsv(input.csv.replace(/^\uFEFF/, ''));
  if (!table) return refused('A quoted field is not closed.');
  const [header, ...data] = table;
  if (!header || !data.length) return refused('Give a header row and at least one row of values.');
  if (data.length > MAX_VALUES) return refused(`Import at most ${MAX_VALUES} rows at once.`);
  const columns = header.map((h) => h.trim().toLowerCase());
  const unknown = columns.filter((c) => !(COLUMNS as readonly string[]).includes(c));
  if (unknown.length) return refused(`Unknown columns: ${unknown.join(', ')}.`);
  const missing = [...REQUIRED].filter((c) => !columns.includes(c));
  if (missing.length) return refused(`Missing columns: ${missing.join(', ')}.`);

  const { byCode } = indicatorFinder(await indicatorsOf(em, district.id, { withArchived: true }));
  const problems: ImportProblem[] = [];
  const drafts: ValueDraft[] = data.map((cells, i) => {
    const get = (c: string) => cells[columns.indexOf(c)]?.trim() ?? '';
    const code = get('indicator_code');
    const subgroup = get('subgroup').toUpperCase();
    if (subgroup && !(ALL_SUBGROUPS as readonly string[]).includes(subgroup))
      problems.push({ row: i + 2, column: 'subgroup', message: `Unknown subgroup "${subgroup}".` });
    if (!code) problems.push({ row: i + 2, column: 'indicator_code', message: 'This is required.' });
    return {
      indicator: byCode.get(code) ?? null,
      schoolYear: year(get('school_year')),
      schoolNcesId: get('nces_school_id') || null,
      subgroup,
      value: number(get('value')),
      n: number(get('n')),
      source: get('source') || null,
    };
  });
  const { checked, problems: found } = checkValueDrafts(district, drafts);
  for (const p of found) {
    // An unknown subgroup is reported once, above.
    if (p.field === 'subgroup' && !(ALL_SUBGROUPS as readonly string[]).includes(drafts[p.index]!.subgroup))
      continue;
    if (p.field === 'indicatorId' && !data[p.index]?.[columns.indexOf('indicator_code')]?.trim()) continue;
    problems.push({
      row: p.index + 2,
      column: p.field ? (COLUMN_OF[p.field] ?? p.field) : null,
      message:
        p.field === 'indicatorId' && !drafts[p.index]!.indicator ? 'Unknown indicator code.' : p.message,
    });
  }
  problems.sort((a, b) => a.row - b.row);
  if (problems.length || input.dryRun)
    return { rowCount: data.length, applied: false, problems, userErrors: [] };
  const { userErrors } = await saveValues({ em, audit, district, values: checked });
  return { rowCount: data.length, applied: !userErrors.length, problems: [], userErrors };
}
