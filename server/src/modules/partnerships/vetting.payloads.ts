import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { Partnership } from './partnership.entity.js';
import { VettingRecord } from './vetting-record.entity.js';

@ObjectType()
export class RecordVettingPayload {
  @Field(() => VettingRecord, { nullable: true })
  vettingRecord?: VettingRecord | null;

  @Field(() => Partnership, { nullable: true })
  partnership?: Partnership | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class RemoveVettingPayload {
  @Field(() => ID, { nullable: true, description: 'The global id of the removed record.' })
  deletedVettingRecordId?: string | null;

  @Field(() => Partnership, { nullable: true })
  partnership?: Partnership | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
