export {
  can,
  authorize,
  type Action,
  type Actions,
  type DistrictSubject,
  type PartnerSubject,
  type DistrictDocumentSubject,
  type PartnershipSubject,
  type ProviderAssessmentSubject,
  type StateSubject,
  type FlexibilitySubject,
} from './policy.js';
export {
  ANONYMOUS,
  type Grant,
  type Viewer,
  isSignedIn,
  districtRoles,
  partnerRoles,
  stateRoles,
  tokenGrant,
} from './viewer.js';
export { districtSubject, stateSubject, partnershipSubject, type PartnershipFacts } from './subjects.js';
export {
  partnerSubject,
  providePartnerSubjectSources,
  type PartnerSubjectSources,
} from './partner-subject.js';
