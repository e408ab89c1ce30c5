import { runProvision } from './run-provision'

/** `npm run provision -- FILE [options]`: see run-provision.ts (`--help` prints the usage). */
runProvision(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    process.exit(1)
  },
)
