import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { z } from 'zod'
import { KioskEventSchema, type KioskEvent, type LogLine } from '../../shared/ipc/services/maintenance'
import type { ServiceLogger } from './logger'
import type { Clock } from './session-timer'

/**
 * Fields a recent log line may keep for the maintenance screen. A whitelist, not the logger's redaction
 * list: a field nobody put here (a payload, a name, a token) never reaches the screen.
 */
const SHOWN_FIELDS = new Set([
  'channel',
  'code',
  'route',
  'status',
  'durationMs',
  'principal',
  'reason',
  'feature',
  'audience',
  'jobId',
  'exitCode',
  'action',
  'result',
  'technician',
])

/** Log messages that are lifecycle events (electron/main/lifecycle.ts): kept across restarts. */
const EVENT_OF_MESSAGE: Record<string, KioskEvent['kind']> = {
  'lifecycle: renderer process gone': 'renderer_gone',
  'lifecycle: renderer unresponsive, restarting it': 'unresponsive',
  'lifecycle: renderer crash loop, showing the maintenance page': 'crash_loop',
  'lifecycle: even the maintenance page keeps failing, quitting': 'crash_loop',
}

const EventFileSchema = z.object({ events: z.array(KioskEventSchema) })

export interface KioskJournal {
  /** A logger that writes through to the real one and keeps the last lines (and lifecycle events). */
  logger: ServiceLogger
  lines(): LogLine[]
  /** Newest last. */
  events(): KioskEvent[]
  startedAt: string
  /** The kiosk shuts down in order (services disposed): the next start is not an unclean exit. */
  close(): void
}

export interface KioskJournalOptions {
  logger: ServiceLogger
  clock: Clock
  /** `kiosk-events.json` in the data folder; null keeps events in memory (tests, no data folder). */
  eventsFile: string | null
  maxLines?: number
  maxEvents?: number
}

/**
 * What main remembers for branch IT: the recent log lines (memory only) and the lifecycle events —
 * starts, quits, renderer crashes — in a small file, so that a kiosk the OS relaunched after a crash
 * still shows it. A start whose previous run did not end with `quit` records an `unclean_exit`.
 */
export function createKioskJournal({
  logger,
  clock,
  eventsFile,
  maxLines = 200,
  maxEvents = 50,
}: KioskJournalOptions): KioskJournal {
  const lines: LogLine[] = []
  let events: KioskEvent[] = eventsFile ? readEvents(eventsFile) : []
  const now = () => new Date(clock.now()).toISOString()

  function save(): void {
    if (!eventsFile) return
    try {
      mkdirSync(dirname(eventsFile), { recursive: true })
      const tmp = `${eventsFile}.tmp`
      writeFileSync(tmp, JSON.stringify({ events }, null, 1))
      renameSync(tmp, eventsFile)
    } catch (e) {
      logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'journal: could not save events')
    }
  }

  function addEvent(kind: KioskEvent['kind'], detail: string | null, at = now()): void {
    events = [...events, { at, kind, detail }].slice(-maxEvents)
    save()
  }

  function keep(level: LogLine['level'], obj: object, msg: string): void {
    const fields: LogLine['fields'] = {}
    for (const [k, v] of Object.entries(obj))
      if (SHOWN_FIELDS.has(k) && ['string', 'number', 'boolean'].includes(typeof v))
        fields[k] = typeof v === 'string' ? v.slice(0, 120) : (v as number | boolean)
    lines.push({ at: now(), level, msg: msg.slice(0, 200), fields })
    if (lines.length > maxLines) lines.splice(0, lines.length - maxLines)
    const kind = EVENT_OF_MESSAGE[msg]
    if (kind) {
      const reason = (obj as { reason?: unknown }).reason
      addEvent(kind, typeof reason === 'string' ? reason.slice(0, 200) : null)
    }
  }

  const last = events.at(-1)
  if (last && last.kind !== 'quit') addEvent('unclean_exit', `last event: ${last.kind} at ${last.at}`)
  const startedAt = now()
  addEvent('started', null, startedAt)

  return {
    logger: {
      debug: (obj, msg) => logger.debug(obj, msg),
      info(obj, msg) {
        logger.info(obj, msg)
        keep('info', obj, msg)
      },
      warn(obj, msg) {
        logger.warn(obj, msg)
        keep('warn', obj, msg)
      },
      error(obj, msg) {
        logger.error(obj, msg)
        keep('error', obj, msg)
      },
    },
    lines: () => [...lines],
    events: () => [...events],
    startedAt,
    close: () => addEvent('quit', null),
  }
}

function readEvents(file: string): KioskEvent[] {
  try {
    const parsed = EventFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    return parsed.success ? parsed.data.events : []
  } catch {
    return []
  }
}
