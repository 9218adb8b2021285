import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import prettier from 'eslint-config-prettier';
import boundaries from './eslint/module-boundaries.js';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'server/src/db/migrations/**',
      'client/src/app/graphql/generated*/**',
      'client/src/app/graphql/generated.ts',
      'test/artifacts/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Type-aware rules where a tsconfig covers the file; the Vue SFCs need vue-tsc's program, so they keep
    // the syntactic rules only.
    files: ['{server,shared,client,test}/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Raw SQL rows, GraphQL results, JSON bodies and the ORM's decorated entities are `any` at those
      // edges by design; they are typed where they are read, so these rules would flag only the edges.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Y.Text prints its content.
      '@typescript-eslint/no-base-to-string': [
        'error',
        { ignoredTypeNames: ['Error', 'RegExp', 'URL', 'URLSearchParams', 'YText'] },
      ],
    },
  },
  {
    // Tests assert on spies (`expect(obj.fn).toHaveBeenCalled()`) and stub async interfaces with plain
    // values; neither is a bug there.
    files: ['**/*.test.ts', 'server/src/test-support/**', 'server/src/**/*.authz.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Decorators read reflected types: imports used only in decorator metadata are real value imports.
    files: ['server/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['client/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser }, parserOptions: { parser: tseslint.parser } },
    rules: {
      'vue/multi-word-component-names': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@partnerhub/server', '**/server/**'],
              message: 'The client talks to the server over GraphQL only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@partnerhub/server', '@partnerhub/client', '**/server/**', '**/client/**', 'node:*'],
              message: 'shared is a leaf: browser-safe and dependent on nothing of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    // Modules and their doors (README, "Modules and their doors"). Layers, from the bottom: shared ->
    // infrastructure -> modules -> the composition root; an arrow never points up. Tests and
    // test-support assemble what they test and may use any layer, but only through modules' doors.
    files: ['server/src/**/*.ts'],
    plugins: { boundaries },
    rules: {
      'boundaries/layers': [
        'error',
        {
          // The first layer whose files match decides; the composition root is listed first because
          // the demo seed, under db/, fills every module's tables.
          layers: [
            {
              name: 'composition root',
              files: [
                'app.ts',
                'main.ts',
                'wiring.ts',
                'schema.ts',
                'print-schema.ts',
                'print-schema.cli.ts',
                'admin.ts',
                'admin.cli.ts',
                'db/seed/**',
              ],
              mayImport: ['infrastructure', 'modules'],
            },
            {
              name: 'infrastructure',
              files: [
                'config.ts',
                'db/**',
                'graphql/**',
                'http/**',
                'collab/**',
                'events/**',
                'instances/**',
                'mail/**',
              ],
              mayImport: [],
            },
            { name: 'modules', files: ['modules/**'], mayImport: ['infrastructure'] },
            // Test helpers never reach production code (nor server/dist through it).
            { name: 'test support', files: ['test-support/**'], mayImport: [] },
          ],
        },
      ],
      'boundaries/doors': 'error',
      'boundaries/no-module-cycle': 'error',
    },
  },
  {
    // MikroORM must be given every entity class when it opens; this list is the one place db/ names
    // the modules (through their doors), so that every entry point, tests included, opens the same ORM.
    files: ['server/src/db/entities.ts'],
    rules: { 'boundaries/layers': 'off' },
  },
  // Prettier owns formatting; this turns off the stylistic rules that would fight it.
  prettier,
);
