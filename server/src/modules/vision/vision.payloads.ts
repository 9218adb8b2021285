import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { VisionVersion } from './vision-version.entity.js';

@ObjectType()
export class VisionVersionPayload {
  @Field(() => VisionVersion, { nullable: true })
  version!: VisionVersion | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
