import { z } from 'zod';
import { normalizeEmail } from './identity.js';
import { Compensation, LocationMode, MAX_GRADE, MIN_GRADE, OpportunityType } from './opportunity.js';
import type { ListingDraft, ListingField } from './opportunity-list.js';
import { textProblem } from './text.js';

/** One problem of one listing field, worded for the person filling in the form. */
export interface ListingProblem {
  field: ListingField | 'id' | 'partnerId';
  message: string;
}

export const LISTING_LIMITS = {
  title: 200,
  summary: 500,
  description: 10_000,
  longText: 5000,
  skills: 20,
  skill: 60,
  minimumAge: { min: 10, max: 25 },
  hoursPerWeek: { min: 0, max: 60 },
} as const;

const REQUIRED = 'This is required.';
const tooLong = (max: number) => `Use at most ${max} characters.`;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isRealDate = (value: string) =>
  DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

// Browsers and Node both have the WHATWG URL parser; `shared` compiles without DOM or Node types.
declare const URL: new (input: string) => { readonly protocol: string };
function isWebAddress(value: string): boolean {
  try {
    const protocol = new URL(value).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const blankToNull = (v: string | null) => (v ? v : null);
/** A string that `textProblem` accepts, checked before trimming so nothing is hidden by it. */
const storable = (multiline: boolean, base = z.string()) =>
  base.superRefine((value, ctx) => {
    const problem = textProblem(value, { multiline });
    if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
  });
const optionalText = (max: number) =>
  storable(false)
    .pipe(z.string().trim().max(max, tooLong(max)))
    .nullable()
    .transform(blankToNull);
const longText = (max: number) => storable(true).pipe(z.string().trim().max(max, tooLong(max)));
const requiredText = (max: number, { multiline = false } = {}) =>
  storable(multiline, z.string({ error: REQUIRED })).pipe(
    z.string().trim().min(1, REQUIRED).max(max, tooLong(max)),
  );
const optionalDate = optionalText(10).refine(
  (v) => v === null || isRealDate(v),
  'Enter a date as YYYY-MM-DD.',
);
const optionalEmail = optionalText(320).refine(
  (v) => v === null || normalizeEmail(v) !== null,
  'Enter an e-mail address like name@example.org.',
);
const grade = z
  .number({ error: REQUIRED })
  .int(`Choose a grade from ${MIN_GRADE} (kindergarten) to ${MAX_GRADE}.`)
  .min(MIN_GRADE, `Choose a grade from ${MIN_GRADE} (kindergarten) to ${MAX_GRADE}.`)
  .max(MAX_GRADE, `Choose a grade from ${MIN_GRADE} (kindergarten) to ${MAX_GRADE}.`);
const { minimumAge: AGE, hoursPerWeek: HOURS } = LISTING_LIMITS;

/** Field by field rules of a listing; `listingSchema` adds the rules between fields. */
const listingFieldsSchema = z.object({
  id: z.uuid('A listing needs a uuid.'),
  partnerId: z.number().int().positive().nullable(),
  title: requiredText(LISTING_LIMITS.title),
  summary: requiredText(LISTING_LIMITS.summary, { multiline: true }),
  description: longText(LISTING_LIMITS.description),
  type: z.enum(OpportunityType, { error: 'Choose a type.' }),
  locationMode: z.enum(LocationMode, { error: 'Choose on site, remote or hybrid.' }),
  street: optionalText(300),
  city: optionalText(120),
  state: optionalText(2).refine((v) => v === null || /^[A-Z]{2}$/.test(v), 'Use the two-letter state code.'),
  postalCode: optionalText(10).refine((v) => v === null || /^\d{5}(-\d{4})?$/.test(v), 'Use a ZIP code.'),
  startDate: optionalDate,
  endDate: optionalDate,
  hoursPerWeek: z
    .number()
    .min(HOURS.min, `Use ${HOURS.min} to ${HOURS.max} hours.`)
    .max(HOURS.max, `Use ${HOURS.min} to ${HOURS.max} hours.`)
    .nullable(),
  gradeMin: grade,
  gradeMax: grade,
  minimumAge: z
    .number()
    .int(`Use a whole age from ${AGE.min} to ${AGE.max}.`)
    .min(AGE.min, `Use a whole age from ${AGE.min} to ${AGE.max}.`)
    .max(AGE.max, `Use a whole age from ${AGE.min} to ${AGE.max}.`)
    .nullable(),
  otherRequirements: longText(LISTING_LIMITS.longText),
  capacity: z.number().int('Use a whole number of seats.').positive('Use at least one seat.').nullable(),
  compensation: z.enum(Compensation, { error: 'Choose paid, stipend or unpaid.' }),
  compensationDetails: optionalText(200),
  earnsCredit: z.boolean(),
  creditAmount: z.number().positive('Use a positive amount of credit.').max(100).nullable(),
  creditSubject: optionalText(200),
  careerCluster: optionalText(120),
  skills: z
    .array(
      storable(false).pipe(
        z
          .string()
          .trim()
          .min(1, 'Remove empty skills.')
          .max(LISTING_LIMITS.skill, tooLong(LISTING_LIMITS.skill)),
      ),
    )
    .max(LISTING_LIMITS.skills, `Name at most ${LISTING_LIMITS.skills} skills.`),
  applyUrl: optionalText(1000).refine(
    (v) => v === null || isWebAddress(v),
    'Enter a full web address starting with https://.',
  ),
  applyEmail: optionalEmail,
  applyInstructions: longText(LISTING_LIMITS.longText),
  deadline: optionalDate,
  accessibilityNotes: longText(LISTING_LIMITS.longText),
  transportNotes: longText(LISTING_LIMITS.longText),
  contactName: optionalText(200),
  contactEmail: optionalEmail,
  contactPhone: optionalText(40),
  contactPublishable: z.boolean(),
});

/** A listing that passed every rule, trimmed, with blank optional texts as null. */
export type ValidListing = z.output<typeof listingFieldsSchema>;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const date = (v: unknown) => (typeof v === 'string' && isRealDate(v.trim()) ? v.trim() : null);

/** The rules between fields, on whatever the fields hold (each field's own rules are checked apart). */
function crossFieldProblems(l: Partial<Record<keyof ListingDraft, unknown>>): ListingProblem[] {
  const problems: ListingProblem[] = [];
  const gradeMin = num(l.gradeMin);
  const gradeMax = num(l.gradeMax);
  if (gradeMin !== null && gradeMax !== null && gradeMin > gradeMax)
    problems.push({ field: 'gradeMax', message: 'The highest grade must not be below the lowest grade.' });
  if (!text(l.applyUrl) && !text(l.applyEmail) && !text(l.applyInstructions))
    problems.push({
      field: 'applyUrl',
      message: 'Say how to apply: a web address, an e-mail address or instructions.',
    });
  const start = date(l.startDate);
  const end = date(l.endDate);
  const deadline = date(l.deadline);
  if (start && end && end < start)
    problems.push({ field: 'endDate', message: 'The end date must be on or after the start date.' });
  if (deadline && end && deadline > end)
    problems.push({ field: 'deadline', message: 'The deadline must be on or before the end date.' });
  if (l.earnsCredit !== true) {
    if (num(l.creditAmount) !== null)
      problems.push({
        field: 'creditAmount',
        message: 'Only a listing that earns credit has a credit amount.',
      });
    if (text(l.creditSubject))
      problems.push({
        field: 'creditSubject',
        message: 'Only a listing that earns credit has a credit subject.',
      });
  }
  return problems;
}

/** Every rule of a listing, on fields and between them (what publishing requires). */
export const listingSchema = listingFieldsSchema.superRefine((listing, ctx) => {
  for (const p of crossFieldProblems(listing))
    ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
});

/**
 * Every problem of a listing (at most one per field, in field order) and, when there is none, the
 * listing checked and normalised: one pass of the rules for both.
 */
export function checkListing(listing: unknown): { problems: ListingProblem[]; valid: ValidListing | null } {
  const result = listingFieldsSchema.safeParse(listing);
  const problems: ListingProblem[] = result.success
    ? []
    : result.error.issues.map((issue) => ({
        field: String(issue.path[0] ?? 'id') as ListingProblem['field'],
        message: issue.message,
      }));
  if (listing && typeof listing === 'object') problems.push(...crossFieldProblems(listing));
  const order = Object.keys(listingFieldsSchema.shape);
  const seen = new Set<string>();
  const sorted = problems
    .filter((p) => !seen.has(p.field) && seen.add(p.field))
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  return { problems: sorted, valid: result.success && !sorted.length ? result.data : null };
}

/** Every problem of a listing, at most one per field, in field order; empty when it may be published. */
export function validateListing(listing: unknown): ListingProblem[] {
  return checkListing(listing).problems;
}

/** The listing, checked and normalised; null when it has a problem (see `validateListing`). */
export function parseListing(listing: unknown): ValidListing | null {
  const result = listingSchema.safeParse(listing);
  return result.success ? result.data : null;
}
