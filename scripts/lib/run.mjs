// Small process helpers shared by the start, test and bench scripts.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

export const bin = (name) => new URL(`../../node_modules/.bin/${name}`, import.meta.url).pathname

/** Runs a command to completion with inherited output; resolves with its exit code. */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...opts })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    child.on('error', () => resolve(127))
  })
}

/**
 * Starts a long-running service that prints one JSON line {"event":"listening",...} on stdout when ready.
 * Resolves with that object and the child; rejects if it exits first or takes too long.
 */
export function startService(cmd, args, { timeoutMs = 30_000, env = process.env, name = cmd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env })
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      reject(new Error(`${name} did not report "listening" within ${timeoutMs} ms`))
    }, timeoutMs)
    const lines = createInterface({ input: child.stdout })
    lines.on('line', (line) => {
      try {
        const msg = JSON.parse(line)
        if (msg.event === 'listening') {
          clearTimeout(timer)
          resolve({ child, info: msg })
        }
      } catch {
        process.stdout.write(`${line}\n`)
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${name} exited with code ${code} before it was ready`))
    })
  })
}

export function stop(child) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 5000).unref()
  })
}
