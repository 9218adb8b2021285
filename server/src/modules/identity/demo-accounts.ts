import { Role } from '@partnerhub/shared';

export interface DemoAccount {
  email: string;
  password: string;
  name: string;
  role: Role;
  district?: string;
  partner?: string;
  /** The two-letter state code of a state agency. */
  stateAgency?: string;
}

/**
 * One account per role. The passwords are public (README, sign-in page in the demo configuration):
 * never seed them into a real installation (SEED_DEMO_DATA=false).
 */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@maple-ridge.demo',
    password: 'demo-district-admin',
    name: 'Dana Whitfield',
    role: Role.DISTRICT_ADMIN,
    district: 'maple-ridge',
  },
  {
    email: 'staff@maple-ridge.demo',
    password: 'demo-district-staff',
    name: 'Luis Ortega',
    role: Role.DISTRICT_STAFF,
    district: 'maple-ridge',
  },
  {
    email: 'admin@state.demo',
    password: 'demo-state-admin',
    name: 'Marcus Bell',
    role: Role.STATE_ADMIN,
    stateAgency: 'OH',
  },
  {
    email: 'reviewer@state.demo',
    password: 'demo-state-reviewer',
    name: 'Priya Raman',
    role: Role.STATE_REVIEWER,
    stateAgency: 'OH',
  },
  {
    email: 'admin@riverbend.demo',
    password: 'demo-partner-admin',
    name: 'Grace Kim',
    role: Role.PARTNER_ADMIN,
    partner: 'riverbend-manufacturing',
  },
  {
    email: 'member@riverbend.demo',
    password: 'demo-partner-member',
    name: 'Sam Patel',
    role: Role.PARTNER_MEMBER,
    partner: 'riverbend-manufacturing',
  },
  {
    email: 'admin@buckeye-learning.demo',
    password: 'demo-provider-admin',
    name: 'Nora Whitaker',
    role: Role.PARTNER_ADMIN,
    partner: 'buckeye-learning-collaborative',
  },
];
