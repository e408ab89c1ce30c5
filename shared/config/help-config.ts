import { z } from 'zod'

/** A text the member reads, in both kiosk languages (Spanish first). */
export const LocalizedTextSchema = z.object({
  es: z.string().min(1).max(600),
  en: z.string().min(1).max(600),
})
export type LocalizedText = z.infer<typeof LocalizedTextSchema>

/** FAQ entries are linked to by id (e.g. "¿Olvidó su usuario?" on the ID step opens `forgot-user`). */
export const FaqIdSchema = z.string().regex(/^[a-z0-9-]{1,40}$/)

/**
 * Help and contact (issue 13, seeds 002 and 004): what each cooperative tells its members about where to
 * call, write or go, and the answers to the questions they ask most. Per cooperative, like the policies.
 */
export const HelpConfigSchema = z
  .object({
    contacts: z
      .array(
        z.object({
          kind: z.enum(['phone', 'whatsapp', 'email', 'web', 'branch']),
          label: LocalizedTextSchema,
          value: z.string().min(1).max(120),
        }),
      )
      .max(12),
    callCentre: z.array(z.object({ label: LocalizedTextSchema, number: z.string().min(3).max(40) })).max(8),
    /** Branch opening hours, one line per group of days ("Lunes a viernes" · "8:00 a. m. – 5:00 p. m."). */
    branchHours: z.array(z.object({ days: LocalizedTextSchema, hours: LocalizedTextSchema })).max(8),
    faq: z
      .array(z.object({ id: FaqIdSchema, question: LocalizedTextSchema, answer: LocalizedTextSchema }))
      .max(30)
      .refine((f) => new Set(f.map((e) => e.id)).size === f.length, 'FAQ ids must be unique'),
  })
  .strict()
export type HelpConfig = z.infer<typeof HelpConfigSchema>
export type FaqEntry = HelpConfig['faq'][number]
