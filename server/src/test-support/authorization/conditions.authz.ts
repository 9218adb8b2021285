import type { EntityManager } from '@mikro-orm/knex';
import { toGlobalId } from '../../graphql/global-id.js';
import { ConditionEvidence, ReadinessPublication } from '../../modules/conditions/index.js';
import { type AuthzCase, type AuthzWorld, DISTRICT_READERS, DISTRICT_WRITERS } from '../authz.js';

const payload = '{ userErrors { code message } }';
const mutation = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) ${payload} }`;
const districtId = (world: AuthzWorld) => toGlobalId('District', world.district.id);

/** Sets whether the world's district's readiness is public, so every actor meets the same state. */
async function setPublished(world: AuthzWorld, published: boolean): Promise<void> {
  const em: EntityManager = world.em();
  await em
    .getConnection()
    .execute('delete from district_readiness where district_id = ?', [world.district.id]);
  if (published)
    await em
      .persist(em.create(ReadinessPublication, { district: world.district, publishedAt: new Date() }))
      .flush();
}

async function freshEvidence(world: AuthzWorld): Promise<ConditionEvidence> {
  const em = world.em();
  const evidence = em.create(ConditionEvidence, {
    district: world.district,
    condition: 'TECHNOLOGY_POLICY',
    kind: 'TECHNOLOGY_ACCESS_POLICY',
    title: `Acceptable use policy ${Math.random()}`,
    date: '2026-08-01',
  });
  await em.persist(evidence).flush();
  return evidence;
}

const readinessQuery = (selection: string) =>
  `query ($id: ID!) { node(id: $id) { ... on DistrictReadiness { ${selection} } } }`;

export const authzCases: AuthzCase[] = [
  {
    name: 'updateDistrictCondition',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      await world
        .em()
        .getConnection()
        .execute('delete from readiness_condition where district_id = ?', [world.district.id]);
      return {
        query: mutation('updateDistrictCondition', 'UpdateDistrictConditionInput'),
        variables: {
          input: {
            districtId: districtId(world),
            condition: 'CURRICULUM',
            status: 'EMERGING',
            narrative: 'Aligned to the vision.',
            expectedVersion: 0,
          },
        },
      };
    },
  },
  {
    name: 'addConditionEvidence',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      return {
        query: mutation('addConditionEvidence', 'AddConditionEvidenceInput'),
        variables: {
          input: {
            districtId: districtId(world),
            condition: 'CURRICULUM',
            kind: 'CURRICULUM_REVIEW',
            title: 'Annual review',
            date: '2026-06-01',
          },
        },
      };
    },
  },
  {
    name: 'updateConditionEvidence',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const evidence = await freshEvidence(world);
      return {
        query: mutation('updateConditionEvidence', 'UpdateConditionEvidenceInput'),
        variables: {
          input: {
            id: toGlobalId('ConditionEvidence', evidence.id),
            version: evidence.version,
            note: 'Renewed.',
          },
        },
      };
    },
  },
  {
    name: 'removeConditionEvidence',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const evidence = await freshEvidence(world);
      return {
        query: mutation('removeConditionEvidence', 'RemoveConditionEvidenceInput'),
        variables: { input: { id: toGlobalId('ConditionEvidence', evidence.id), version: evidence.version } },
      };
    },
  },
  {
    name: 'publishReadiness',
    allowed: ['districtAdmin'],
    async prepare(world) {
      return {
        query: mutation('publishReadiness', 'PublishReadinessInput'),
        variables: { input: { districtId: districtId(world) } },
      };
    },
  },
  {
    name: 'unpublishReadiness',
    allowed: ['districtAdmin'],
    async prepare(world) {
      await setPublished(world, true);
      return {
        query: mutation('unpublishReadiness', 'PublishReadinessInput'),
        variables: { input: { districtId: districtId(world) } },
      };
    },
  },
  // Unpublished, the readiness is the district's and its state's: outsiders get null.
  {
    name: 'District.readiness',
    allowed: DISTRICT_READERS,
    async prepare(world) {
      await setPublished(world, false);
      return {
        query: readinessQuery('conditions { status narrative evidence { title } objectives { title } }'),
        variables: { id: toGlobalId('DistrictReadiness', world.district.id) },
      };
    },
  },
  // Published, anyone reads the ten conditions with their evidence.
  {
    name: 'DistrictReadiness.conditions',
    allowed: 'everyone',
    async prepare(world) {
      await setPublished(world, true);
      return {
        query: readinessQuery(
          'summary { inPlace } conditions { status narrative evidence { title url date } }',
        ),
        variables: { id: toGlobalId('DistrictReadiness', world.district.id) },
      };
    },
  },
  {
    name: 'ConditionEvidence.note',
    allowed: DISTRICT_READERS,
    async prepare(world) {
      await setPublished(world, false);
      const evidence = await freshEvidence(world);
      return {
        query: `query ($id: ID!) { node(id: $id) { ... on ConditionEvidence { title note } } }`,
        variables: { id: toGlobalId('ConditionEvidence', evidence.id) },
      };
    },
  },
  {
    name: 'DistrictConditionReadiness.updatedBy',
    allowed: DISTRICT_READERS,
    async prepare(world) {
      await setPublished(world, true);
      return {
        query: readinessQuery('conditions { updatedBy { name } }'),
        variables: { id: toGlobalId('DistrictReadiness', world.district.id) },
      };
    },
  },
];
