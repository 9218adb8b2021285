import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { District } from './district.entity.js';

@ObjectType()
export class UpdateDistrictPayload {
  @Field(() => District, { nullable: true })
  district?: District | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CreateDistrictPayload {
  @Field(() => District, { nullable: true })
  district?: District | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
