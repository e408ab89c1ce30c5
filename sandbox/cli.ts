/**
 * `npm run sandbox -- [flags]`: starts the cooperative API sandbox. Stdout carries exactly one JSON line
 * ({"event":"listening",...}) for scripts to parse; logs go to stderr. Exit 2 on bad flags.
 */
import { CliUsageError, parseCliArgs, USAGE, type CliOptions } from './cli-args'
import { SandboxConfigError } from './options'
import { startSandbox, type RunningSandbox } from './server'

function fail(message: string, code: number): never {
  process.stderr.write(`sandbox: ${message}\n`)
  process.exit(code)
}

function parse(): CliOptions {
  try {
    return parseCliArgs(process.argv.slice(2))
  } catch (e) {
    if (e instanceof CliUsageError) fail(`${e.message}\n\n${USAGE}`, 2)
    throw e
  }
}

function closeOnSignals(sandbox: RunningSandbox): void {
  let closing = false
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1) // a second Ctrl-C forces the exit
    closing = true
    process.stderr.write(`sandbox: ${signal}, shutting down\n`)
    sandbox.close().then(
      () => process.exit(0),
      (e: unknown) => fail(`shutdown failed: ${e instanceof Error ? e.message : String(e)}`, 1),
    )
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

async function main(): Promise<void> {
  const opts = parse()
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  let sandbox: RunningSandbox
  try {
    sandbox = await startSandbox({
      host: opts.host,
      port: opts.port,
      dataFile: opts.dataFile,
      reset: opts.reset,
      profile: opts.profile,
      lockoutThreshold: opts.lockoutThreshold,
      sessionTtlSeconds: opts.sessionTtlSeconds,
      achClearingSeconds: opts.achClearingSeconds,
      secret: opts.secret,
      logLevel: opts.quiet ? 'warn' : 'info',
      devUnsigned: opts.devUnsigned,
      ...opts.credentials,
      ...opts.staff,
    })
  } catch (e) {
    if (e instanceof SandboxConfigError) fail(e.message, 2)
    fail(`could not start: ${e instanceof Error ? e.message : String(e)}`, 1)
  }
  closeOnSignals(sandbox)
  if (opts.devUnsigned)
    process.stderr.write('sandbox: --dev-unsigned: device signatures are NOT required (development only)\n')
  const line = { event: 'listening', url: sandbox.url, profile: sandbox.profile.id, data: sandbox.dataFile }
  process.stdout.write(`${JSON.stringify(line)}\n`)
}

void main()
