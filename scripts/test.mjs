#!/usr/bin/env node
// `npm test`: every check the project has, in order, from a fresh clone.
// System packages the tests need are installed on Debian/Ubuntu when possible, else named.
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { NODE_MAJOR } from './lib/node-runtime.mjs'
import { bin, run } from './lib/run.mjs'
import { ensureSystemDeps } from './lib/system-deps.mjs'

// First line of the run: the Node every test runs on (package.json starts this file through node24.mjs).
console.log(`node ${process.version} (${process.execPath})`)
if (Number(process.versions.node.split('.')[0]) < NODE_MAJOR) {
  console.error(`The tests run on Node ${NODE_MAJOR}, the Node that Electron 45 embeds: use \`npm test\`.`)
  process.exit(1)
}

const reports = new URL('../test-reports/', import.meta.url).pathname
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1'

const steps = [
  ['lint', bin('eslint'), ['.']],
  ['format', bin('prettier'), ['--check', '.']],
  ['typecheck (renderer)', bin('vue-tsc'), ['-p', 'tsconfig.web.json', '--noEmit']],
  ['typecheck (node)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']],
  ['typecheck (end-to-end)', bin('tsc'), ['-p', 'tsconfig.e2e.json', '--noEmit']],
  ['build', bin('electron-vite'), ['build']],
  [
    'unit + integration tests',
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}vitest.json`],
  ],
  ['end-to-end tests', bin('playwright'), ['test']],
]

if (!ensureSystemDeps()) process.exit(1)

const started = Date.now()
const failedSteps = []
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}`)
  const t0 = Date.now()
  const code = await run(cmd, args)
  console.log(
    `=== ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  )
  if (code !== 0) {
    failedSteps.push(name)
    // Without a build or a clean type-check the later steps only add noise.
    if (['build', 'typecheck (node)', 'typecheck (renderer)', 'typecheck (end-to-end)'].includes(name)) break
  }
}

const readJson = (f) => {
  try {
    return JSON.parse(readFileSync(reports + f, 'utf8'))
  } catch {
    return null
  }
}
const vitest = readJson('vitest.json')
const pw = readJson('playwright.json')
const passed = (vitest?.numPassedTests ?? 0) + (pw?.stats?.expected ?? 0)
const failed = (vitest?.numFailedTests ?? 0) + (pw?.stats?.unexpected ?? 0) + (pw?.stats?.flaky ?? 0)
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (pw?.stats?.skipped ?? 0)
console.log(`\nnpm test finished in ${((Date.now() - started) / 1000).toFixed(0)} s`)
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`)
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failedSteps.length ? 1 : 0)
