import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createKioskJournal } from './kiosk-journal'
import type { Clock } from './session-timer'

const silent = { debug() {}, info() {}, warn() {}, error() {} }
const clock: Clock = { now: () => Date.parse('2026-03-15T12:00:00.000Z'), schedule: () => () => {} }
const dirs: string[] = []
const eventsFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'journal-'))
  dirs.push(dir)
  return join(dir, 'kiosk-events.json')
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('the kiosk journal', () => {
  it('keeps recent lines with whitelisted fields only', () => {
    const seen: string[] = []
    const journal = createKioskJournal({
      logger: { ...silent, warn: (_o, msg) => void seen.push(msg) },
      clock,
      eventsFile: null,
      maxLines: 2,
    })
    journal.logger.info({ channel: 'print.queue.list', idNumber: '52874193', token: 'abc' }, 'one')
    journal.logger.warn({ code: 'FORBIDDEN', nested: { password: 'x' } }, 'two')
    journal.logger.error({ reason: 'crashed' }, 'three')
    // Written through to the real logger, kept here too, the oldest dropped past the limit.
    expect(seen).toEqual(['two'])
    expect(journal.lines()).toEqual([
      { at: '2026-03-15T12:00:00.000Z', level: 'warn', msg: 'two', fields: { code: 'FORBIDDEN' } },
      { at: '2026-03-15T12:00:00.000Z', level: 'error', msg: 'three', fields: { reason: 'crashed' } },
    ])
  })

  it('records lifecycle events across restarts, and a start after no clean quit as an unclean exit', () => {
    const file = eventsFile()
    const first = createKioskJournal({ logger: silent, clock, eventsFile: file })
    first.logger.error({ reason: 'crashed', exitCode: 139 }, 'lifecycle: renderer process gone')
    // No close(): the process died. The next start says so.
    const second = createKioskJournal({ logger: silent, clock, eventsFile: file })
    expect(second.events().map((e) => e.kind)).toEqual([
      'started',
      'renderer_gone',
      'unclean_exit',
      'started',
    ])
    expect(second.events()[1]).toMatchObject({ detail: 'crashed' })
    second.close()
    const third = createKioskJournal({ logger: silent, clock, eventsFile: file })
    expect(
      third
        .events()
        .map((e) => e.kind)
        .slice(-3),
    ).toEqual(['started', 'quit', 'started'])
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ events: expect.any(Array) })
  })

  it('starts afresh from a damaged events file', () => {
    const file = eventsFile()
    writeFileSync(file, '{ not json')
    expect(createKioskJournal({ logger: silent, clock, eventsFile: file }).events()).toMatchObject([
      { kind: 'started' },
    ])
  })
})
