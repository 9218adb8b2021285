import { Entity, OneToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { District } from '../organizations/index.js';

/**
 * A district's implementation plan as a whole: whether and when it was published. Goals and
 * objectives hang off the district directly; this row exists once the plan was first published.
 */
@Entity({ tableName: 'implementation_plan' })
export class ImplementationPlan {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @OneToOne(() => District, { owner: true, deleteRule: 'cascade' })
  district!: Rel<District>;

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Property({ length: 300, nullable: true })
  publishedByName?: string | null;

  @Property()
  createdAt: Date & Opt = new Date();

  @Property({ onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
