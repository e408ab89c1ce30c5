import { spawn as nodeSpawn } from 'node:child_process'
import { PrintError, type PrinterTransport } from './printer-transport'

export interface LpTransportOptions {
  /** The OS printer (CUPS queue) name, validated by the config schema. */
  printer: string
  /** `-o raw`: hand ESC/POS bytes to the printer untouched (receipts). PDFs go without it. */
  raw: boolean
  timeoutMs: number
  /** The `lp` executable; tests and unusual installs point elsewhere. */
  command?: string
  spawn?: typeof nodeSpawn
}

/**
 * A printer installed in the operating system, through CUPS' `lp` (Linux, macOS): the job goes on
 * stdin, never through a shell. node-thermal-printer's own `printer:NAME` interface needs the native
 * `printer` module, which this kiosk does not ship. On Windows there is no `lp`: give the receipt
 * printer a TCP port (most have one) and use `tcp://`, or share it and point `command` at a wrapper.
 */
export function createLpTransport({
  printer,
  raw,
  timeoutMs,
  command = 'lp',
  spawn = nodeSpawn,
}: LpTransportOptions): PrinterTransport {
  // No file argument: lp reads the job from stdin.
  const args = ['-d', printer, ...(raw ? ['-o', 'raw'] : [])]
  return {
    target: `${command} -d ${printer}`,
    send: (job) =>
      new Promise<void>((resolve, reject) => {
        let stderr = ''
        let done = false
        const child = spawn(command, args, { stdio: ['pipe', 'ignore', 'pipe'], windowsHide: true })
        const finish = (error?: PrintError) => {
          if (done) return
          done = true
          clearTimeout(deadline)
          if (error) {
            child.kill()
            reject(error)
          } else resolve()
        }
        const deadline = setTimeout(
          () => finish(new PrintError('timeout', `${command} did not finish in ${timeoutMs} ms`)),
          timeoutMs,
        )
        child.stderr?.setEncoding('utf8').on('data', (d: string) => {
          stderr = (stderr + d).slice(-500)
        })
        child.on('error', (e: NodeJS.ErrnoException) =>
          finish(new PrintError('unreachable', `cannot run ${command}: ${e.code ?? e.message}`)),
        )
        child.on('close', (code) => {
          if (code === 0) finish()
          else
            finish(new PrintError('rejected', `${command} exited ${code}: ${stderr.trim() || 'no message'}`))
        })
        // A child that dies before reading everything closes the pipe; 'close' above reports it.
        child.stdin?.on('error', () => {})
        child.stdin?.end(job)
      }),
  }
}
