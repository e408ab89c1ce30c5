import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import vue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

/**
 * Imports flow one way: shared/ is pure and imports none of the others; electron/, renderer/ and
 * sandbox/ may import shared/ but never each other. test/ may import anything.
 */
const layer = (forbidden, extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...forbidden.map((dir) => ({
          group: [`**/${dir}/**`, `**/${dir}`, `@/${dir}/**`],
          message: `this layer may not import from ${dir}/ (see README: architecture)`,
        })),
        ...extra,
      ],
    },
  ],
})
const nodeBuiltins = {
  regex: '^node:',
  message: 'shared/ and renderer/ run in the browser too: no Node built-ins',
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      '.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      // TypeScript (tsc and vue-tsc) checks names; no-undef only misfires on DOM and Node globals.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**'],
    rules: layer(
      ['electron', 'renderer', 'sandbox', 'test'],
      [
        nodeBuiltins,
        {
          group: ['electron', 'vue', 'pinia', 'axios', 'fastify'],
          message: 'shared/ is pure: zod only',
        },
      ],
    ),
  },
  {
    files: ['renderer/**'],
    rules: layer(
      ['electron', 'sandbox', 'test'],
      [nodeBuiltins, { group: ['electron'], message: 'the renderer reaches main only through the bridge' }],
    ),
  },
  { files: ['electron/**'], rules: layer(['renderer', 'sandbox', 'test']) },
  {
    files: ['sandbox/**'],
    rules: layer(
      ['electron', 'renderer', 'test'],
      [{ group: ['electron'], message: 'the sandbox is a plain Node server' }],
    ),
  },
  {
    files: ['scripts/**', 'test/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
  prettier,
)
