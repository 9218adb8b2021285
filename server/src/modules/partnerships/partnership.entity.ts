import {
  BeforeCreate,
  BeforeUpdate,
  Entity,
  Enum,
  ManyToOne,
  type Opt,
  PrimaryKey,
  Property,
  type Rel,
  Unique,
} from '@mikro-orm/core';
import { type DistrictCondition, PartnershipSide, PartnershipStatus } from '@partnerhub/shared';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { User } from '../identity/index.js';
import { District, PartnerOrganization } from '../organizations/index.js';
import { Versioned } from '../../db/versioned.js';

/**
 * A district-partner relationship. Agreement details, contacts, notes and the version have no public
 * field: `partnership.private.ts` serves them to viewers allowed 'partnership:read'.
 *
 * A partnership is also the request that started it: one side proposes (`proposedBy`), the other
 * accepts or declines. Only an accepted partnership may leave PROSPECT, which the hooks below hold
 * for every write path.
 */
@Entity({ tableName: 'partnership' })
@Unique({ properties: ['district', 'partner'] })
@ObjectType({
  implements: Node,
  description: 'A relationship between a district and a partner organization.',
})
export class Partnership extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => District, { deleteRule: 'cascade' })
  district!: Rel<District>;

  @ManyToOne(() => PartnerOrganization, { deleteRule: 'cascade', index: true })
  partner!: Rel<PartnerOrganization>;

  @Enum({ items: () => PartnershipStatus, nativeEnumName: 'partnership_status' })
  @Field(() => PartnershipStatus)
  status!: PartnershipStatus;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endDate?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the partner commits to provide.' })
  commitments?: string | null;

  @Property({ type: 'json' })
  conditions: DistrictCondition[] & Opt = [];

  @Property({ default: false })
  @Field(() => Boolean, {
    description: 'Whether the partner takes part in shaping the vision and strategic plan.',
  })
  participatesInVision: boolean & Opt = false;

  @Property({ length: 500, nullable: true })
  agreementUrl?: string | null;

  @Property({ type: 'date', nullable: true })
  agreementSignedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  agreementRenewalOn?: string | null;

  @Property({ length: 200, nullable: true })
  districtContactName?: string | null;

  @Property({ length: 320, nullable: true })
  districtContactEmail?: string | null;

  @Property({ length: 200, nullable: true })
  partnerContactName?: string | null;

  @Property({ length: 320, nullable: true })
  partnerContactEmail?: string | null;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Enum({ items: () => PartnershipSide, nativeEnumName: 'partnership_side' })
  @Field(() => PartnershipSide, { description: 'Which side asked for the partnership.' })
  proposedBy: PartnershipSide & Opt = PartnershipSide.DISTRICT;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the side asked accepted; null until then.' })
  acceptedAt?: Date | null;

  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true })
  acceptedBy?: Rel<User> | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the side asked declined; null otherwise.' })
  declinedAt?: Date | null;

  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true })
  declinedBy?: Rel<User> | null;

  @BeforeCreate()
  @BeforeUpdate()
  protected onlyAcceptedLeavesProspect(): void {
    if (this.status !== PartnershipStatus.PROSPECT && !this.acceptedAt)
      throw new Error(
        `Partnership ${this.id ?? '(new)'} would become ${this.status} before it was accepted.`,
      );
  }
}
