// Lint: typescript-eslint and svelte rules, plus the layer table of docs/architecture.md as
// import restrictions, so a wrong import fails the build.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

const KERNEL_PURE = {
  group: ['**/user/**', '**/src/**', 'comlink', 'svelte', '@xterm/*', 'node:*'],
  message: 'the kernel knows nothing of shells, workers or the DOM',
};

const restrict = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Terminal and tracefs text is binary-ish: matching control characters is the point.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, svelteConfig, extraFileExtensions: ['.svelte'] },
    },
  },
  restrict(
    ['worker/kernel/lib/**'],
    [KERNEL_PURE, { group: ['../*', '!../lib/*'], message: 'kernel/lib imports nothing else' }],
  ),
  restrict(
    ['worker/kernel/fs/**'],
    [
      KERNEL_PURE,
      {
        group: ['../trace/*', '../tracefs/*', '../user-events/*', '../syscall*', '../boot'],
        message: 'kernel/fs may import only kernel/lib',
      },
    ],
  ),
  restrict(
    ['worker/kernel/proc/**'],
    [
      KERNEL_PURE,
      {
        group: ['../trace/*', '../tracefs/*', '../user-events/*', '../debug/*', '../syscall*', '../boot'],
        message: 'kernel/proc may import only kernel/lib, fs and sched',
      },
    ],
  ),
  restrict(
    ['worker/kernel/tracefs/**', 'worker/kernel/trace/**'],
    [
      KERNEL_PURE,
      {
        group: ['../user-events/*', '../boot', '../syscall*'],
        message: 'trace must not know its subsystems (they plug in through operation tables)',
      },
    ],
  ),
  restrict(
    ['worker/kernel/user-events/**'],
    [KERNEL_PURE, { group: ['../boot', '../syscall*'], message: 'user_events reaches the trace core only' }],
  ),
  restrict(['worker/kernel/*.ts', 'worker/kernel/sched/**'], [KERNEL_PURE]),
  // Every command is a generator so that any of them may block; most never need to.
  { files: ['worker/user/**'], rules: { 'require-yield': 'off' } },
  restrict(
    ['worker/user/**'],
    [
      {
        group: ['**/kernel/*/**', '**/kernel/boot', '!**/kernel/lib/errno', '!**/kernel/lib/utf8'],
        message: 'user space reaches the kernel through syscall-table.ts and syscalls.ts only',
      },
    ],
  ),
  restrict(
    ['src/**'],
    [
      {
        group: ['**/worker/**', '!**/worker/protocol'],
        message: 'the page talks to the worker only through worker/protocol.ts types',
      },
    ],
  ),
  {
    files: ['src/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/worker/protocol'], allowTypeImports: true, message: 'import type only' }],
        },
      ],
    },
  },
);
