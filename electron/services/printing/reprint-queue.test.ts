import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLogger } from '../logger'
import { createReprintQueue, type StoredJob } from './reprint-queue'

const logger = createLogger({ level: 'silent' })
const job = (id: string): StoredJob => ({
  id,
  title: 'Extracto',
  createdAt: '2026-11-20T15:00:00.000Z',
  attempts: 1,
  lastAttemptAt: '2026-11-20T15:00:00.000Z',
  lastError: 'unreachable',
  document: {
    title: 'Extracto',
    blocks: [{ type: 'text', text: 'Señora', align: 'left', bold: false, maxLines: 20 }],
  },
})

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-queue-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('reprint queue', () => {
  it('adds, replaces, removes and clears, keeping the file in step', () => {
    const file = join(dir, 'q.json')
    const q = createReprintQueue({ file, logger })
    expect(existsSync(file)).toBe(false)
    q.put(job('a'))
    q.put(job('b'))
    q.put({ ...job('a'), attempts: 2 })
    expect(q.list().map((j) => [j.id, j.attempts])).toEqual([
      ['a', 2],
      ['b', 1],
    ])
    expect(createReprintQueue({ file, logger }).list()).toEqual(q.list())
    expect(q.remove('a')).toBe(true)
    expect(q.remove('a')).toBe(false)
    expect(q.clear()).toBe(1)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, jobs: [] })
    // Atomic writes leave no temporary files behind.
    expect(readdirSync(dir)).toEqual(['q.json'])
  })

  it('sets an unreadable file aside instead of losing it or refusing to start', () => {
    const file = join(dir, 'q.json')
    writeFileSync(file, '{ not json')
    const q = createReprintQueue({ file, logger })
    expect(q.list()).toEqual([])
    const aside = readdirSync(dir).find((f) => f.startsWith('q.json.unreadable-'))!
    expect(readFileSync(join(dir, aside), 'utf8')).toBe('{ not json')
    writeFileSync(file, JSON.stringify({ version: 1, jobs: [{ id: 'x' }] }))
    expect(createReprintQueue({ file, logger }).list()).toEqual([])
  })

  it('lives in memory without a file', () => {
    const q = createReprintQueue({ file: null, logger })
    q.put(job('a'))
    expect(q.location).toBeNull()
    expect(q.get('a')?.document.blocks).toHaveLength(1)
  })
})
