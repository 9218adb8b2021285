import { toGlobalId } from '../../graphql/global-id.js';
import { type AuthzCase, DISTRICT_READERS, DISTRICT_WRITERS, PARTNER_READERS } from '../authz.js';
import { buildVisionVersion } from '../factories/vision.js';

const payload = '{ version { id } userErrors { code message } }';
const mutation = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) ${payload} }`;
/** The partner's partnership is active, so its members follow the vision; it does not take part in it here. */
const VISION_VIEWERS = [...DISTRICT_READERS, ...PARTNER_READERS];

export const authzCases: AuthzCase[] = [
  {
    name: 'saveVisionVersion',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      return {
        query: mutation('saveVisionVersion', 'SaveVisionVersionInput'),
        variables: {
          input: { districtId: toGlobalId('District', world.district.id), name: 'Retreat draft' },
        },
      };
    },
  },
  {
    name: 'restoreVisionVersion',
    allowed: DISTRICT_WRITERS,
    async prepare(world) {
      const version = await buildVisionVersion(world.em(), world.district);
      return {
        query: mutation('restoreVisionVersion', 'RestoreVisionVersionInput'),
        variables: { input: { versionId: toGlobalId('VisionVersion', version.id) } },
      };
    },
  },
  {
    name: 'adoptVisionVersion',
    allowed: ['districtAdmin'],
    async prepare(world) {
      const version = await buildVisionVersion(world.em(), world.district);
      return {
        query: mutation('adoptVisionVersion', 'AdoptVisionVersionInput'),
        variables: {
          input: {
            versionId: toGlobalId('VisionVersion', version.id),
            adoptedOn: '2026-11-18',
            resolution: 'Resolution 2026-14',
          },
        },
      };
    },
  },
  {
    name: 'Vision.versions',
    allowed: VISION_VIEWERS,
    async prepare(world) {
      return {
        query: `query ($slug: String!) { district(slug: $slug) { vision { versions(first: 5) { totalCount nodes { name adopted } } } } }`,
        variables: { slug: world.district.slug },
      };
    },
  },
  {
    name: 'Vision.current',
    allowed: VISION_VIEWERS,
    async prepare(world) {
      return {
        query: `query ($slug: String!) { district(slug: $slug) { vision { current { html text } } } }`,
        variables: { slug: world.district.slug },
      };
    },
  },
  {
    name: 'Vision.diff',
    allowed: VISION_VIEWERS,
    async prepare(world) {
      const version = await buildVisionVersion(world.em(), world.district);
      return {
        query: `query ($slug: String!, $v: ID!) { district(slug: $slug) { vision { diff(versionId: $v) { kind text } } } }`,
        variables: { slug: world.district.slug, v: toGlobalId('VisionVersion', version.id) },
      };
    },
  },
];
