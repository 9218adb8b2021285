import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { VERSION_FIELD, Versioned } from '../../db/versioned.js';
import { User } from '../identity/index.js';
import { District } from '../organizations/index.js';
import { Objective } from '../planning/index.js';
import { CommentTargetKind } from './comment.enums.js';

/**
 * A conversation about one target of a district: a submission section, an objective, or a range of
 * the vision text. A vision range is kept as two encoded Yjs relative positions, so it follows edits,
 * with the text it quoted when the thread was opened.
 */
@Entity({ tableName: 'comment_thread' })
@Index({ properties: ['district', 'resolvedAt'] })
@ObjectType({ implements: Node, description: 'A comment thread with its replies.' })
export class CommentThread extends Versioned {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => District, { deleteRule: 'cascade', index: false })
  district!: Rel<District>;

  @Enum({ items: () => CommentTargetKind })
  @Field(() => CommentTargetKind)
  targetKind!: CommentTargetKind;

  /** The flexibility submission the section belongs to (rows of another module; no foreign key). */
  @Property({ type: 'integer', nullable: true })
  submissionId?: number | null;

  @Property({ length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The submission section, for SUBMISSION_SECTION.' })
  sectionKey?: string | null;

  @ManyToOne(() => Objective, { deleteRule: 'cascade', nullable: true })
  objective?: Rel<Objective> | null;

  /** Base64 of `Y.encodeRelativePosition` for the start and the end of the commented range. */
  @Property({ length: 1000, nullable: true })
  anchorStart?: string | null;

  @Property({ length: 1000, nullable: true })
  anchorEnd?: string | null;

  @Property({ length: 1000, nullable: true })
  quote?: string | null;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: false })
  createdBy!: Rel<User>;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  resolvedAt?: Date | null;

  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true, index: false })
  resolvedBy?: Rel<User> | null;

  @Field(() => Date)
  declare createdAt: Date & Opt;

  @Field(() => Int, VERSION_FIELD)
  declare version: number & Opt;
}
