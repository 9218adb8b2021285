import { ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { PartnerContact } from './partner-contact.entity.js';

/**
 * A partner's contact person with an id, for those who manage the partner. `Contact` stays the plain
 * value type that public lists and opportunity listings share (a listing's contact has no identity).
 */
@ObjectType('PartnerContact', {
  implements: Node,
  description: "A partner's contact person. The public may fetch it by id only when it is publishable.",
})
export class PartnerContactNode extends PartnerContact {}
