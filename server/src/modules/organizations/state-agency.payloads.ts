import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { StateAgency } from './state-agency.entity.js';

@ObjectType()
export class UpdateStateAgencyPayload {
  @Field(() => StateAgency, { nullable: true })
  stateAgency?: StateAgency | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
