import { getNamedType, isLeafType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../schema.js';
import { DISTRICT_RESOLVED_FIELDS, PARTNER_RESOLVED_FIELDS } from '../organizations/index.js';
import {
  ALL_OPPORTUNITY_FIELDS,
  DISTRICT_JOIN_COLUMNS,
  PARTNER_JOIN_COLUMNS,
} from './opportunity.columns.js';
import { ADDRESS_FROM_ROW, CONTACT_FROM_ROW } from './opportunity.rows.js';

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

  it('fill every field of the Address and Contact a listing shows, so no non-null field is left empty', async () => {
    const schema = await buildAppSchema();
    const fieldsOf = (name: string) => {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      return Object.keys(type.getFields()).sort();
    };
    const opportunity = schema.getType('Opportunity');
    if (!isObjectType(opportunity)) throw new Error('Opportunity is not an object type');
    const fields = opportunity.getFields();
    expect(getNamedType(fields.address!.type).name).toBe('Address');
    expect(getNamedType(fields.contact!.type).name).toBe('Contact');
    expect(Object.keys(ADDRESS_FROM_ROW).sort()).toEqual(fieldsOf('Address'));
    expect(Object.keys(CONTACT_FROM_ROW).sort()).toEqual(fieldsOf('Contact'));
  });
});
