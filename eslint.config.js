import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Process boundaries of DESIGN.md §1, enforced here rather than hoped for. Which folder may import which,
// and no cycles: .dependency-cruiser.cjs (`npm run boundaries`).
const electronImport = { name: 'electron', message: "Only electron/main and electron/preload may import 'electron'." };
const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http'],
  message: 'shared/ is pure: no Node built-ins.',
};

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      '.tsbuild/',
      'node_modules/',
      'bench/results/',
      'bench/.build/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, { name: 'react', message: 'shared/ has no React.' }],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ depends on nothing else in the repository.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/refs': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            { group: ['**/electron/**', 'node:*'], message: 'The renderer talks only to the API contract in shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/host/**/*.ts', 'electron/web/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport] }] },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.{ts,mjs}', 'scripts/**/*.mjs'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Loading electron at run time downloads its binary; use types only.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  prettier,
);
