import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLpTransport } from '../../electron/services/printing/lp-transport'

// `lp` (CUPS) is not installed here, so the system-printer path runs a real child process that stands
// in for it: a script recording its arguments and the job it reads on stdin, or failing like lp does.
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-lp-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function fakeLp(body: string): string {
  const path = join(dir, 'lp')
  writeFileSync(path, `#!/bin/sh\n${body}\n`)
  chmodSync(path, 0o755)
  return path
}

describe('system printer through lp', () => {
  it('hands the raw job to lp -d NAME -o raw on stdin', async () => {
    const command = fakeLp(
      `printf '%s\\n' "$@" > "${dir}/args"; cat > "${dir}/job"; echo "request id is Caja-1 (1 file(s))"`,
    )
    const job = Buffer.from([0x1b, 0x40, 0x1b, 0x74, 0x02, 0xa4, 0x0a, 0x1d, 0x56, 0x00])
    const lp = createLpTransport({ printer: 'Caja Recibos_1', raw: true, timeoutMs: 5000, command })
    await lp.send(job)
    expect(readFileSync(join(dir, 'args'), 'utf8').trim().split('\n')).toEqual([
      '-d',
      'Caja Recibos_1',
      '-o',
      'raw',
    ])
    expect(readFileSync(join(dir, 'job'))).toEqual(job)
  })

  it('sends PDFs without -o raw, so the print system renders them', async () => {
    const command = fakeLp(`printf '%s\\n' "$@" > "${dir}/args"; cat > /dev/null`)
    await createLpTransport({ printer: 'Documentos', raw: false, timeoutMs: 5000, command }).send(
      Buffer.from('%PDF-1.7'),
    )
    expect(readFileSync(join(dir, 'args'), 'utf8').trim().split('\n')).toEqual(['-d', 'Documentos'])
  })

  it('reports what lp says when it refuses the job', async () => {
    const command = fakeLp(`cat > /dev/null; echo 'lp: The printer or class does not exist.' >&2; exit 1`)
    await expect(
      createLpTransport({ printer: 'Nada', raw: true, timeoutMs: 5000, command }).send(Buffer.from('x')),
    ).rejects.toMatchObject({
      name: 'PrintError',
      reason: 'rejected',
      message: expect.stringContaining('The printer or class does not exist.'),
    })
  })

  it('says unreachable when there is no lp at all, and timeout when it hangs', async () => {
    await expect(
      createLpTransport({ printer: 'X', raw: true, timeoutMs: 5000, command: join(dir, 'missing-lp') }).send(
        Buffer.from('x'),
      ),
    ).rejects.toMatchObject({ reason: 'unreachable' })
    const command = fakeLp('sleep 5')
    await expect(
      createLpTransport({ printer: 'X', raw: true, timeoutMs: 300, command }).send(Buffer.from('x')),
    ).rejects.toMatchObject({
      reason: 'timeout',
    })
  })
})
