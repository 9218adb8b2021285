import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types every operation under src/ against the server's checked-in schema. */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  // The generated files are committed; format them like the rest of the repository.
  hooks: { afterAllFileWrite: ['prettier --write'] },
  generates: {
    'src/app/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
