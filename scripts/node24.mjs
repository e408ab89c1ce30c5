#!/usr/bin/env node
// Runs the project's Node code on Electron's Node line (see lib/node-runtime.mjs), whatever Node npm
// started:
//   node scripts/node24.mjs [node options] script [args]   e.g. --import tsx scripts/bench.ts
//   node scripts/node24.mjs --exec tool [args]              a node_modules/.bin tool, e.g. --exec vitest run
// Children inherit a PATH with that Node first, so every tool a script starts runs on it too.
import { spawn } from 'node:child_process'
import { envWithNode, NODE_VERSION, resolveNode } from './lib/node-runtime.mjs'

let node
try {
  node = resolveNode()
} catch (e) {
  console.error(`Could not get Node ${NODE_VERSION}: ${e.message}`)
  console.error(
    `Install Node ${NODE_VERSION.split('.')[0]} or later (the Node that Electron 45 embeds) and run the command again.`,
  )
  process.exit(1)
}
const args = process.argv.slice(2)
const [cmd, cmdArgs] = args[0] === '--exec' ? [args[1], args.slice(2)] : [node, args]
const child = spawn(cmd, cmdArgs, {
  stdio: 'inherit',
  env: envWithNode(node),
  shell: process.platform === 'win32' && cmd !== node, // .bin tools are .cmd files on Windows
})
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal))
child.on('error', (e) => {
  console.error(`${cmd}: ${e.message}`)
  process.exit(127)
})
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
