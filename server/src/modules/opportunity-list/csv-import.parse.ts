import {
  EMPTY_LISTING,
  LISTING_FIELDS,
  LISTING_FIELD_KINDS,
  type ListingDraft,
  type ListingField,
  type ListingProblem,
} from '@partnerhub/shared';

/** Rows of RFC 4180 CSV (CRLF or LF line ends, quoted fields with doubled quotes); null when a quote is left open. */
export function parseCsv(text: string): string[][] | null {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      endRow();
    } else field += c;
  }
  if (quoted) return null;
  if (field !== '' || row.length) endRow();
  return rows;
}

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const COLUMN_FIELDS = new Map<string, ListingField>(LISTING_FIELDS.map((f) => [snake(f), f]));
/** Columns of the export that an import reads past. */
const IGNORED = new Set(['listing_id', 'ceds_code', 'first_published_at']);
const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0', '']);

/** A cell as the export wrote it before guarding it against spreadsheet formulas (a leading '). */
const withoutFormulaGuard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** The column names an import does not know; an empty list when every one is known. */
export function unknownColumns(header: string[]): string[] {
  return header.filter((h) => h !== 'partner' && !IGNORED.has(h) && !COLUMN_FIELDS.has(h));
}

/** One CSV row as listing fields (without id and partner), the partner name, and the cells that do not convert. */
export function rowToListing(
  header: string[],
  cells: string[],
): {
  fields: Omit<ListingDraft, 'id' | 'partnerId'>;
  partnerName: string | null;
  problems: ListingProblem[];
} {
  const fields: Record<string, unknown> = { ...EMPTY_LISTING };
  const problems: ListingProblem[] = [];
  let partnerName: string | null = null;
  header.forEach((column, i) => {
    const raw = withoutFormulaGuard((cells[i] ?? '').trim());
    if (column === 'partner') partnerName = raw || null;
    const field = COLUMN_FIELDS.get(column);
    if (!field) return;
    const kind = LISTING_FIELD_KINDS[field];
    if (kind === 'number') {
      const value = raw === '' ? null : Number(raw);
      if (value !== null && !Number.isFinite(value)) problems.push({ field, message: 'Enter a number.' });
      fields[field] = value !== null && Number.isFinite(value) ? value : null;
    } else if (kind === 'boolean') {
      const lower = raw.toLowerCase();
      if (!TRUE.has(lower) && !FALSE.has(lower)) problems.push({ field, message: 'Enter true or false.' });
      fields[field] = TRUE.has(lower);
    } else if (kind === 'strings') {
      fields[field] = raw
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
    } else fields[field] = kind === 'text' ? raw : raw || null;
  });
  return { fields: fields as Omit<ListingDraft, 'id' | 'partnerId'>, partnerName, problems };
}
