/** Partner organization kinds named by the State Policy Framework. */
export const PartnerKind = {
  BUSINESS: 'BUSINESS',
  NONPROFIT: 'NONPROFIT',
  HIGHER_EDUCATION: 'HIGHER_EDUCATION',
  GOVERNMENT: 'GOVERNMENT',
  RECREATION: 'RECREATION',
  JUVENILE_JUSTICE: 'JUVENILE_JUSTICE',
  FAITH_BASED: 'FAITH_BASED',
  HEALTHCARE: 'HEALTHCARE',
  TECHNICAL_ASSISTANCE: 'TECHNICAL_ASSISTANCE',
  OTHER: 'OTHER',
} as const;
export type PartnerKind = (typeof PartnerKind)[keyof typeof PartnerKind];

export const PARTNER_KIND_LABEL: Record<PartnerKind, string> = {
  BUSINESS: 'Business',
  NONPROFIT: 'Nonprofit or community organization',
  HIGHER_EDUCATION: 'Higher education',
  GOVERNMENT: 'Local or county government',
  RECREATION: 'Recreation',
  JUVENILE_JUSTICE: 'Juvenile justice',
  FAITH_BASED: 'Faith-based organization',
  HEALTHCARE: 'Healthcare',
  TECHNICAL_ASSISTANCE: 'Technical-assistance provider',
  OTHER: 'Other',
};

export const PartnershipStatus = {
  PROSPECT: 'PROSPECT',
  ACTIVE: 'ACTIVE',
  PAUSED: 'PAUSED',
  ENDED: 'ENDED',
} as const;
export type PartnershipStatus = (typeof PartnershipStatus)[keyof typeof PartnershipStatus];

export const PARTNERSHIP_STATUS_LABEL: Record<PartnershipStatus, string> = {
  PROSPECT: 'Prospect',
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  ENDED: 'Ended',
};

/** Which side of a partnership asked for it; the other side accepts or declines. */
export const PartnershipSide = {
  DISTRICT: 'DISTRICT',
  PARTNER: 'PARTNER',
} as const;
export type PartnershipSide = (typeof PartnershipSide)[keyof typeof PartnershipSide];

/** Where the request behind a partnership stands. Nothing private flows before ACCEPTED. */
export const PartnershipRequestState = {
  AWAITING_PARTNER: 'AWAITING_PARTNER',
  AWAITING_DISTRICT: 'AWAITING_DISTRICT',
  ACCEPTED: 'ACCEPTED',
  DECLINED: 'DECLINED',
} as const;
export type PartnershipRequestState = (typeof PartnershipRequestState)[keyof typeof PartnershipRequestState];

export const PARTNERSHIP_REQUEST_STATE_LABEL: Record<PartnershipRequestState, string> = {
  AWAITING_PARTNER: 'Awaiting the partner',
  AWAITING_DISTRICT: 'Awaiting the district',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
};

/** How a district judges a provider against one of its state's provider criteria. */
export const ProviderRating = {
  MEETS: 'MEETS',
  PARTIALLY_MEETS: 'PARTIALLY_MEETS',
  DOES_NOT_MEET: 'DOES_NOT_MEET',
} as const;
export type ProviderRating = (typeof ProviderRating)[keyof typeof ProviderRating];

export const PROVIDER_RATING_LABEL: Record<ProviderRating, string> = {
  MEETS: 'Meets',
  PARTIALLY_MEETS: 'Partially meets',
  DOES_NOT_MEET: 'Does not meet',
};

/** The ten District Conditions for Scale. */
export const DistrictCondition = {
  CURRICULUM: 'CURRICULUM',
  INSTRUCTION: 'INSTRUCTION',
  ASSESSMENT: 'ASSESSMENT',
  LEARNING_ENVIRONMENTS: 'LEARNING_ENVIRONMENTS',
  STUDENT_SUPPORTS: 'STUDENT_SUPPORTS',
  PROFESSIONAL_DEVELOPMENT: 'PROFESSIONAL_DEVELOPMENT',
  LEADERSHIP_DEVELOPMENT: 'LEADERSHIP_DEVELOPMENT',
  TECHNOLOGY_POLICY: 'TECHNOLOGY_POLICY',
  DATA_SYSTEMS: 'DATA_SYSTEMS',
  PARTNERSHIPS: 'PARTNERSHIPS',
} as const;
export type DistrictCondition = (typeof DistrictCondition)[keyof typeof DistrictCondition];

export const DISTRICT_CONDITION_LABEL: Record<DistrictCondition, string> = {
  CURRICULUM: 'Curriculum',
  INSTRUCTION: 'Instruction',
  ASSESSMENT: 'Comprehensive assessment system',
  LEARNING_ENVIRONMENTS: 'Learning environments',
  STUDENT_SUPPORTS: 'Student supports',
  PROFESSIONAL_DEVELOPMENT: 'Professional development',
  LEADERSHIP_DEVELOPMENT: 'Leadership development',
  TECHNOLOGY_POLICY: 'Technology policy',
  DATA_SYSTEMS: 'Comprehensive data systems',
  PARTNERSHIPS: 'Partnerships',
};

/** Two-digit state FIPS codes, for checking the first two digits of an NCES LEA ID. */
export const STATE_FIPS: Record<string, string> = {
  AL: '01',
  AK: '02',
  AZ: '04',
  AR: '05',
  CA: '06',
  CO: '08',
  CT: '09',
  DE: '10',
  DC: '11',
  FL: '12',
  GA: '13',
  HI: '15',
  ID: '16',
  IL: '17',
  IN: '18',
  IA: '19',
  KS: '20',
  KY: '21',
  LA: '22',
  ME: '23',
  MD: '24',
  MA: '25',
  MI: '26',
  MN: '27',
  MS: '28',
  MO: '29',
  MT: '30',
  NE: '31',
  NV: '32',
  NH: '33',
  NJ: '34',
  NM: '35',
  NY: '36',
  NC: '37',
  ND: '38',
  OH: '39',
  OK: '40',
  OR: '41',
  PA: '42',
  RI: '44',
  SC: '45',
  SD: '46',
  TN: '47',
  TX: '48',
  UT: '49',
  VT: '50',
  VA: '51',
  WA: '53',
  WV: '54',
  WI: '55',
  WY: '56',
  PR: '72',
};

/** The name of each state (with DC and Puerto Rico) by its two-letter code. */
export const STATE_NAMES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  PR: 'Puerto Rico',
};

/** Returns a message when `state` is not a known two-letter state code, otherwise null. */
export function checkStateCode(state: string): string | null {
  return STATE_FIPS[state] ? null : `Unknown state code "${state}": use a two-letter code such as OH.`;
}

/** Returns a message when `leaId` is not a 7-digit NCES LEA ID of `state`, otherwise null. */
export function checkNcesLeaId(leaId: string, state: string): string | null {
  if (!/^\d{7}$/.test(leaId)) return 'An NCES LEA ID has exactly 7 digits.';
  const fips = STATE_FIPS[state];
  if (!fips) return `Unknown state code "${state}".`;
  if (!leaId.startsWith(fips)) return `An NCES LEA ID in ${state} starts with ${fips}.`;
  return null;
}
