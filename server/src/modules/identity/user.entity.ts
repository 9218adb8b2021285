import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';

/** A person who signs in. The password hash has no @Field: it never reaches a client. */
@Entity({ tableName: 'app_user' })
@ObjectType({ implements: Node, description: 'A person with a PartnerHub account.' })
export class User {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  /** Lower-cased; visible only to the user and to fellow members (see the resolver). */
  @Property({ length: 320, unique: true })
  email!: string;

  @Property({ length: 200 })
  @Field()
  name!: string;

  @Property({ length: 200 })
  passwordHash!: string;

  @Property()
  createdAt: Date & Opt = new Date();

  @Property()
  passwordChangedAt: Date & Opt = new Date();
}
