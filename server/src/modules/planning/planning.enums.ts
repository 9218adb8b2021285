import { registerEnumType } from 'type-graphql';

/** Where an objective stands. */
export const ObjectiveStatus = {
  NOT_STARTED: 'NOT_STARTED',
  ON_TRACK: 'ON_TRACK',
  AT_RISK: 'AT_RISK',
  OFF_TRACK: 'OFF_TRACK',
  DONE: 'DONE',
} as const;
export type ObjectiveStatus = (typeof ObjectiveStatus)[keyof typeof ObjectiveStatus];

/** Who answers for an objective. */
export const ResponsiblePartyKind = {
  PERSON: 'PERSON',
  PARTNER: 'PARTNER',
  ORGANIZATION: 'ORGANIZATION',
} as const;
export type ResponsiblePartyKind = (typeof ResponsiblePartyKind)[keyof typeof ResponsiblePartyKind];

let registered = false;

/** Declares the plan vocabularies as GraphQL enums (once per process). */
export function registerPlanningEnums(): void {
  if (registered) return;
  registered = true;
  registerEnumType(ObjectiveStatus, {
    name: 'ObjectiveStatus',
    description: 'Where an objective stands: not started, on track, at risk, off track or done.',
  });
  registerEnumType(ResponsiblePartyKind, {
    name: 'ResponsiblePartyKind',
    description: 'A named person, a partner organization of the district, or another organization.',
  });
}
