import { ok, type FakeHandlers } from './fake-answers'

/**
 * Default answers of the printing channels for renderer tests: a kiosk with no printer and nothing in
 * the reprint queue. Tests that exercise printing script their own answers.
 */
export const FAKE_PRINTING = {
  'print.capabilities': () =>
    ok({ receipt: { available: false, columns: null }, pdf: { save: false, print: false } }),
  'print.receipt': () => ok({ jobId: 'job-1', status: 'queued' as const, reason: 'not_configured' as const }),
  'print.pdf': () =>
    ok({ action: 'save' as const, fileName: 'documento.pdf', path: null, sizeBytes: 1, pages: 1 }),
  'print.queue.list': () => ok({ jobs: [] }),
  'print.queue.retry': () => ok({ results: [], remaining: 0 }),
  'print.queue.clear': () => ok({ removed: 0, remaining: 0 }),
} satisfies Partial<FakeHandlers>
