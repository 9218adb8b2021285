import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/relay.js';
import { District } from './district.entity.js';
import { PartnerOrganization } from './partner-organization.entity.js';

@ObjectType()
export class DistrictConnection extends ConnectionType(District, 'District') {}

@ObjectType()
export class PartnerOrganizationConnection extends ConnectionType(
  PartnerOrganization,
  'PartnerOrganization',
) {}
