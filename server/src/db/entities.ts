import { OpportunityListVersion } from '../modules/opportunities/opportunity-list-version.entity.js';
import { Opportunity } from '../modules/opportunities/opportunity.entity.js';
import { District } from '../modules/organizations/district.entity.js';
import { PartnerContact } from '../modules/organizations/partner-contact.entity.js';
import { PartnerOrganization } from '../modules/organizations/partner-organization.entity.js';
import { Partnership } from '../modules/partnerships/partnership.entity.js';

/** Every entity, listed explicitly so that built and source runs discover the same set. */
export const entities = [
  District,
  PartnerOrganization,
  PartnerContact,
  Partnership,
  OpportunityListVersion,
  Opportunity,
];
