import {
  COMPENSATION_LABEL,
  LISTING_LIMITS,
  LOCATION_MODE_LABEL,
  type ListingField,
  MAX_GRADE,
  MIN_GRADE,
  OPPORTUNITY_TYPE_LABEL,
} from '@partnerhub/shared';
import { formatGrade } from '@/features/opportunities/format';

/** How a field is edited: `text` fields are shared Y.Text typed in together. */
export type ListingInputKind =
  'line' | 'text' | 'select' | 'number' | 'date' | 'checkbox' | 'skills' | 'email' | 'url';

export interface ListingFieldSpec {
  name: ListingField;
  label: string;
  kind: ListingInputKind;
  hint?: string;
  options?: readonly { value: string | number; label: string }[];
  maxLength?: number;
}

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
const grades = Array.from({ length: MAX_GRADE - MIN_GRADE + 1 }, (_, i) => ({
  value: MIN_GRADE + i,
  label: formatGrade(MIN_GRADE + i),
}));

/** The listing form, section by section, in the order people fill it in. */
export const LISTING_SECTIONS: readonly { title: string; fields: readonly ListingFieldSpec[] }[] = [
  {
    title: 'What it is',
    fields: [
      { name: 'title', label: 'Title', kind: 'line', maxLength: LISTING_LIMITS.title },
      { name: 'type', label: 'Type', kind: 'select', options: options(OPPORTUNITY_TYPE_LABEL) },
      {
        name: 'summary',
        label: 'Summary',
        kind: 'text',
        hint: 'One or two sentences shown in search results.',
        maxLength: LISTING_LIMITS.summary,
      },
      { name: 'description', label: 'Description', kind: 'text', maxLength: LISTING_LIMITS.description },
      { name: 'careerCluster', label: 'Career cluster', kind: 'line' },
      { name: 'skills', label: 'Skills', kind: 'skills', hint: 'Separate skills with commas.' },
    ],
  },
  {
    title: 'Who can take part, and when',
    fields: [
      { name: 'gradeMin', label: 'Lowest grade', kind: 'select', options: grades },
      { name: 'gradeMax', label: 'Highest grade', kind: 'select', options: grades },
      { name: 'minimumAge', label: 'Minimum age', kind: 'number' },
      { name: 'otherRequirements', label: 'Other requirements', kind: 'text' },
      { name: 'capacity', label: 'Seats', kind: 'number' },
      { name: 'startDate', label: 'Starts', kind: 'date' },
      { name: 'endDate', label: 'Ends', kind: 'date' },
      { name: 'hoursPerWeek', label: 'Hours per week', kind: 'number' },
      { name: 'deadline', label: 'Application deadline', kind: 'date' },
    ],
  },
  {
    title: 'Where',
    fields: [
      { name: 'locationMode', label: 'Setting', kind: 'select', options: options(LOCATION_MODE_LABEL) },
      { name: 'street', label: 'Street address', kind: 'line' },
      { name: 'city', label: 'City', kind: 'line' },
      { name: 'state', label: 'State', kind: 'line', hint: 'Two letters, e.g. OH.', maxLength: 2 },
      { name: 'postalCode', label: 'ZIP code', kind: 'line', maxLength: 10 },
      { name: 'transportNotes', label: 'Getting there', kind: 'text' },
      { name: 'accessibilityNotes', label: 'Accessibility', kind: 'text' },
    ],
  },
  {
    title: 'Pay and credit',
    fields: [
      { name: 'compensation', label: 'Pay', kind: 'select', options: options(COMPENSATION_LABEL) },
      { name: 'compensationDetails', label: 'Pay details', kind: 'line', hint: 'e.g. $15 an hour.' },
      { name: 'earnsCredit', label: 'Earns school credit', kind: 'checkbox' },
      { name: 'creditAmount', label: 'Credit amount', kind: 'number' },
      { name: 'creditSubject', label: 'Credit subject', kind: 'line' },
    ],
  },
  {
    title: 'How to apply',
    fields: [
      { name: 'applyUrl', label: 'Application web address', kind: 'url' },
      { name: 'applyEmail', label: 'Application e-mail', kind: 'email' },
      { name: 'applyInstructions', label: 'Application instructions', kind: 'text' },
    ],
  },
  {
    title: 'Contact',
    fields: [
      { name: 'contactName', label: 'Contact name', kind: 'line' },
      { name: 'contactEmail', label: 'Contact e-mail', kind: 'email' },
      { name: 'contactPhone', label: 'Contact phone', kind: 'line' },
      { name: 'contactPublishable', label: 'Show the contact on the public page', kind: 'checkbox' },
    ],
  },
];

/** Every field's label, for problems and change summaries; unknown names read as themselves. */
const LABELS: Record<string, string> = Object.fromEntries(
  LISTING_SECTIONS.flatMap((s) => s.fields.map((f) => [f.name, f.label])),
);
LABELS.partnerId = 'Offered by';
LABELS.id = 'Listing id';

export const listingFieldLabel = (field: string): string => LABELS[field] ?? field;
