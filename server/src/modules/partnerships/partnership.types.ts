import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/relay.js';
import { Partnership } from './partnership.entity.js';

@ObjectType()
export class PartnershipConnection extends ConnectionType(Partnership, 'Partnership') {}
