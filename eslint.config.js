import { posix } from 'node:path'
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
/**
 * Renderer features (renderer/src/features/<name>/) reach each other only through their index.ts: a file
 * of one feature may import another feature's folder (`@/features/x`, `../x`) but nothing inside it.
 */
const FEATURES_DIR = '/renderer/src/features/'
/** The feature a path lies in, and whether it is that feature's entry (its folder or index.ts). */
const featureOf = (file) => {
  const unix = file.replaceAll('\\', '/')
  const at = unix.lastIndexOf(FEATURES_DIR)
  if (at < 0) return null
  const [name, ...rest] = unix.slice(at + FEATURES_DIR.length).split('/')
  // Files right under features/ (index.ts, kiosk-feature.ts) belong to the core.
  if (rest.length === 0 && /\.\w+$/.test(name)) return null
  return { name, entry: rest.length === 0 || (rest.length === 1 && /^index(\.ts)?$/.test(rest[0])) }
}
const featureBoundaries = {
  meta: {
    type: 'problem',
    messages: {
      internal:
        "'{{source}}' is inside the {{target}} feature: import it from '@/features/{{target}}' (its index.ts)",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename.replaceAll('\\', '/')
    const own = featureOf(file)
    const srcRoot = file.slice(0, file.lastIndexOf('/renderer/src/') + '/renderer/src/'.length)
    const check = (node) => {
      const source = node.source?.value
      if (typeof source !== 'string') return
      const resolved = source.startsWith('@/')
        ? posix.join(srcRoot, source.slice(2))
        : source.startsWith('.')
          ? posix.join(posix.dirname(file), source)
          : null
      const target = resolved && featureOf(resolved)
      if (!target || target.entry || target.name === own?.name) return
      context.report({ node: node.source, messageId: 'internal', data: { source, target: target.name } })
    }
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    }
  },
}
const kioskRules = { rules: { 'feature-boundaries': featureBoundaries } }

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
  {
    files: ['renderer/src/**'],
    // Tests may look inside any feature (e.g. to compare its es and en messages).
    ignores: ['**/*.test.ts'],
    plugins: { kiosk: kioskRules },
    rules: { 'kiosk/feature-boundaries': 'error' },
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
