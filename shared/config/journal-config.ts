import { z } from 'zod'

/** The electronic journal of money operations (electron/services/payments/journal.ts). */
export const JournalConfigSchema = z
  .object({
    /** JSON-lines file; a relative path is under the kiosk's data folder. */
    file: z.string().min(1).max(400).default('journal/electronic-journal.jsonl'),
  })
  .strict()
export type JournalConfig = z.infer<typeof JournalConfigSchema>
