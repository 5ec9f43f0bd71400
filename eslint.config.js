// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Node built-ins that mean I/O, a clock or the environment: kept out of the pure layers. */
const ioModules = [
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'child_process',
  'worker_threads',
  'os',
].flatMap((m) => [m, `node:${m}`]);

/** What each layer may not import (DESIGN.md: the layers depend downward only). */
const layerRule = (forbiddenLayers, extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: extra.map((name) => ({
        name,
        message: 'This layer does no I/O (STYLE.md: a core with no I/O).',
      })),
      patterns: forbiddenLayers.map((layer) => ({
        group: [`**/${layer}/**`, `**/${layer}`],
        message: `This layer may not depend on src/${layer} (see DESIGN.md, Architecture).`,
      })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object instead of an enum.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      ...layerRule(['extract', 'store', 'app', 'server', 'cli', 'web'], ioModules),
      'no-restricted-globals': ['error', 'process', 'fetch'],
    },
  },
  {
    files: ['src/extract/**/*.ts'],
    rules: {
      ...layerRule(['store', 'app', 'server', 'cli', 'web'], ioModules),
      'no-restricted-globals': ['error', 'process', 'fetch'],
    },
  },
  { files: ['src/store/**/*.ts'], rules: layerRule(['extract', 'app', 'server', 'cli', 'web']) },
  { files: ['src/app/**/*.ts'], rules: layerRule(['server', 'cli', 'web']) },
  { files: ['src/server/**/*.ts'], rules: layerRule(['cli', 'web', 'store', 'extract']) },
  { files: ['src/cli/**/*.ts'], rules: layerRule(['web', 'store', 'extract']) },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src/**'], message: 'The web UI talks to the HTTP API only.' }] },
      ],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**/*.test.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
);
