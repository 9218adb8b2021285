export {
  can,
  authorize,
  type Action,
  type Actions,
  type DistrictSubject,
  type PartnerSubject,
  type DistrictDocumentSubject,
  type PartnershipSubject,
} from './policy.js';
export {
  ANONYMOUS,
  type Grant,
  type Viewer,
  isSignedIn,
  districtRoles,
  partnerRoles,
  tokenGrant,
} from './viewer.js';
export { districtSubject, partnershipSubject, type PartnershipFacts } from './subjects.js';
export {
  partnerSubject,
  providePartnerSubjectSources,
  type PartnerSubjectSources,
} from './partner-subject.js';
