import { getNamedType, isLeafType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../graphql/schema.js';
import { DISTRICT_RESOLVED_FIELDS, PARTNER_RESOLVED_FIELDS } from '../organizations/index.js';
import {
  ALL_OPPORTUNITY_FIELDS,
  DISTRICT_JOIN_COLUMNS,
  PARTNER_JOIN_COLUMNS,
} from './opportunity.columns.js';

/** Scalar fields a joined row must carry: those that field resolvers compute from the id are left out. */
function leafFields(
  typeName: string,
  schema: Awaited<ReturnType<typeof buildAppSchema>>,
  resolved: readonly string[],
): string[] {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  return Object.values(type.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.length === 0 && f.name !== 'id')
    .map((f) => f.name)
    .filter((name) => !resolved.includes(name));
}

describe('read-path column maps', () => {
  it('cover every scalar field of PartnerOrganization and District, so joined objects are never partial', async () => {
    const schema = await buildAppSchema();
    expect(leafFields('PartnerOrganization', schema, PARTNER_RESOLVED_FIELDS).sort()).toEqual(
      Object.keys(PARTNER_JOIN_COLUMNS).sort(),
    );
    expect(leafFields('District', schema, DISTRICT_RESOLVED_FIELDS).sort()).toEqual(
      Object.keys(DISTRICT_JOIN_COLUMNS).sort(),
    );
  });

  it('know the columns of every field of Opportunity', async () => {
    const schema = await buildAppSchema();
    const type = schema.getType('Opportunity');
    if (!isObjectType(type)) throw new Error('Opportunity is not an object type');
    expect(Object.keys(type.getFields()).sort()).toEqual([...ALL_OPPORTUNITY_FIELDS].sort());
  });
});
