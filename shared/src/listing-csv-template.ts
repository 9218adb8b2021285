import { LISTING_FIELDS } from './opportunity-list.js';

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** One filled-in row: what a valid listing looks like; every other column may stay empty. */
const EXAMPLE: Record<string, string> = {
  partner: '',
  title: 'Robotics mentoring',
  summary: 'Build and program robots with engineers after school.',
  type: 'MENTORSHIP',
  location_mode: 'ON_SITE',
  city: 'Columbus',
  state: 'OH',
  grade_min: '9',
  grade_max: '12',
  compensation: 'UNPAID',
  earns_credit: 'false',
  skills: 'Teamwork; Programming',
  apply_url: 'https://example.org/apply',
  deadline: '2030-03-01',
  contact_publishable: 'false',
};

/**
 * A CSV file to start an import from: the header the import reads (`partner` names the offering
 * partner; empty means the district) and one example row, to be replaced.
 */
export function listingCsvTemplate(): string {
  const columns = ['partner', ...LISTING_FIELDS.map(snake)];
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return (
    [columns, columns.map((c) => EXAMPLE[c] ?? '')].map((row) => row.map(quote).join(',')).join('\r\n') +
    '\r\n'
  );
}
