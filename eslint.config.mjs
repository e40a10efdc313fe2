// The linter: rules that catch bugs the type checker lets through (a promise nobody awaits, an
// unused variable that was meant to be used), with the types of the whole project. Style is not
// its job. `npm run lint`; CI runs it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.cache/',
      '.astro/',
      '.tools/',
      'bench-results/',
      'public/',
      'tests/fixtures/',
      'src/editor/client.js',
    ],
  },
  {
    files: ['**/*.ts', '**/*.mjs'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      ...Object.fromEntries(
        [
          'no-dupe-else-if',
          'no-duplicate-case',
          'no-fallthrough',
          'no-self-compare',
          'no-unreachable',
          'no-unsafe-finally',
          'no-unsafe-negation',
          'use-isnan',
          'valid-typeof',
          'no-sparse-arrays',
          'no-loss-of-precision',
          'no-empty-character-class',
          'no-invalid-regexp',
          'no-misleading-character-class',
        ].map((r) => [r, js.configs.recommended.rules[r] ?? 'error']),
      ),
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
);
