import { readFileSync, renameSync } from 'node:fs'
import { z } from 'zod'
import { QueuedJobSchema } from '../../../shared/ipc/printing-contract'
import { ReceiptDocumentSchema } from './receipt-model'
import { writeFileAtomic } from '../json-file-config-store'
import type { ServiceLogger } from '../logger'

/** A queued receipt: what staff see, plus the document itself so it reprints without the member. */
export const StoredJobSchema = QueuedJobSchema.extend({ document: ReceiptDocumentSchema }).strict()
export type StoredJob = z.infer<typeof StoredJobSchema>

const QueueFileSchema = z.object({ version: z.literal(1), jobs: z.array(StoredJobSchema) }).strict()

export interface ReprintQueue {
  /** Oldest first. */
  list(): StoredJob[]
  get(id: string): StoredJob | undefined
  /** Adds a job or replaces the one with its id. */
  put(job: StoredJob): void
  remove(id: string): boolean
  clear(): number
  /** The file, or null when the queue lives in memory only. */
  readonly location: string | null
}

/**
 * The reprint queue, in one JSON file rewritten atomically on every change (a power cut leaves the
 * old queue or the new one), so jobs survive a restart. Without a file it lives in memory (tests, or a
 * shell that has no data folder). The file holds receipts of members: owner-only permissions, and
 * staff clear it.
 */
export function createReprintQueue({
  file,
  logger,
}: {
  file: string | null
  logger: ServiceLogger
}): ReprintQueue {
  let jobs = file ? load(file, logger) : []
  const save = () => {
    if (file) writeFileAtomic(file, `${JSON.stringify({ version: 1, jobs }, null, 2)}\n`)
  }
  return {
    location: file,
    list: () => jobs.map((j) => structuredClone(j)),
    get: (id) => structuredClone(jobs.find((j) => j.id === id)),
    put(job) {
      const parsed = StoredJobSchema.parse(job)
      const i = jobs.findIndex((j) => j.id === job.id)
      jobs = i === -1 ? [...jobs, parsed] : jobs.with(i, parsed)
      save()
    },
    remove(id) {
      const before = jobs.length
      jobs = jobs.filter((j) => j.id !== id)
      if (jobs.length === before) return false
      save()
      return true
    },
    clear() {
      const removed = jobs.length
      jobs = []
      save()
      return removed
    },
  }
}

/** Reads the queue; a file that is not a queue is set aside (kept for staff) rather than lost. */
function load(file: string, logger: ServiceLogger): StoredJob[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw e
  }
  let parsed: ReturnType<typeof QueueFileSchema.safeParse> | undefined
  try {
    parsed = QueueFileSchema.safeParse(JSON.parse(text))
  } catch {
    parsed = undefined
  }
  if (parsed?.success) return parsed.data.jobs
  const aside = `${file}.unreadable-${Date.now()}`
  renameSync(file, aside)
  logger.warn({ file, aside }, 'print queue: unreadable file set aside, starting empty')
  return []
}
