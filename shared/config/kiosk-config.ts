import { z } from 'zod'
import { CurrencyCodeSchema } from '../money/money-schema'
import { PASSWORD_POLICY_PRESETS } from './password-policy'
import { PasswordPolicySchema } from './password-policy-schema'
import { PdfConfigSchema, PrinterConfigSchema } from '../printing/printer-config'
import { JournalConfigSchema } from './journal-config'
import { HelpConfigSchema } from './help-config'
import { HELP_DEFAULTS } from './help-defaults'
import { DeviceConfigSchema } from '../device/device-config'
import { SpkiPinSchema, UpdateChannelSchema } from '../device/provisioning-file'

export const LanguageSchema = z.enum(['es', 'en'])
export type Language = z.infer<typeof LanguageSchema>

/**
 * The kiosk's configuration, validated wherever it is read (electron-store in Electron, a JSON file in
 * the browser shell). Defaults make a fresh kiosk talk to the bundled sandbox.
 */
export const KioskConfigSchema = z
  .object({
    kioskId: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/)
      .default('KIOSK-001'),
    branch: z
      .object({ id: z.string().min(1).max(32), name: z.string().min(1).max(80) })
      .default({ id: 'BR-01', name: 'Oficina Principal' }),
    cooperative: z
      .object({
        name: z.string().min(1).max(120),
        shortName: z.string().min(1).max(40),
      })
      .default({ name: 'Cooperativa de Ahorro y Crédito Demo', shortName: 'Coop Demo' }),
    api: z
      .object({
        baseUrl: z.url({ protocol: /^https?$/ }),
        timeoutMs: z.number().int().min(500).max(60_000),
        retries: z.number().int().min(0).max(5),
        /** sha-256 of the API server's SPKI (base64): when set, only these keys are accepted over TLS. */
        spkiPins: z.array(SpkiPinSchema).max(8).optional(),
      })
      .default({ baseUrl: 'http://127.0.0.1:8787', timeoutMs: 8000, retries: 2 }),
    language: LanguageSchema.default('es'),
    locale: z.string().min(2).max(20).default('es-CO'),
    currency: CurrencyCodeSchema.default('COP'),
    session: z
      .object({
        idleSeconds: z.number().int().min(10).max(3600),
        warningSeconds: z.number().int().min(5).max(120),
      })
      .refine((s) => s.warningSeconds < s.idleSeconds, 'warningSeconds must be shorter than idleSeconds')
      .default({ idleSeconds: 120, warningSeconds: 30 }),
    passwordPolicy: PasswordPolicySchema.default(PASSWORD_POLICY_PRESETS.seed000),
    /**
     * In a public hall the first signed-in screen and the consolidated position show amounts, salary and
     * capacity only after "Mostrar valores" (per cooperative profile; hidden unless a profile says not).
     */
    privacy: z.object({ hideAmounts: z.boolean() }).default({ hideAmounts: true }),
    /** Help and contact: channels, call-centre numbers, branch hours and the FAQ (issue 13). */
    help: HelpConfigSchema.default(HELP_DEFAULTS.co),
    /** kiosk: the members' locked-down kiosk; teller: a teller's desk PC, a normal window (issue 10). */
    mode: z.enum(['kiosk', 'teller']).default('kiosk'),
    kiosk: z
      .object({ fullscreen: z.boolean(), devTools: z.boolean() })
      .default({ fullscreen: true, devTools: false }),
    /** The receipt printer (thermal, ESC/POS); none by default. */
    printer: PrinterConfigSchema.default({ kind: 'none' }),
    /** Where PDF documents are saved and which system printer prints them. */
    pdf: PdfConfigSchema.prefault({}),
    /** The electronic journal of money operations (append-only, hash-chained). */
    journal: JournalConfigSchema.prefault({}),
    /** Written by provisioning (issue 12): the enrolled key's id (the key itself is in the OS keychain). */
    device: DeviceConfigSchema.optional(),
    /** The update channel provisioning chose for this kiosk's branch. */
    updates: z.object({ channel: UpdateChannelSchema }).default({ channel: 'stable' }),
  })
  .strict()
export type KioskConfig = z.infer<typeof KioskConfigSchema>
export type KioskConfigInput = z.input<typeof KioskConfigSchema>

/**
 * What the renderer may know: everything but where and how the API is reached, and where the printers
 * and documents are (the renderer asks `print.capabilities` what it can offer).
 */
export const PublicConfigSchema = KioskConfigSchema.omit({
  api: true,
  kiosk: true,
  printer: true,
  pdf: true,
  journal: true,
  device: true,
  updates: true,
}).meta({
  id: 'PublicConfig',
})
export type PublicConfig = z.infer<typeof PublicConfigSchema>

export function toPublicConfig(c: KioskConfig): PublicConfig {
  const { api: _api, kiosk: _kiosk, printer: _printer, pdf: _pdf, journal: _journal, ...rest } = c
  const { device: _device, updates: _updates, ...shown } = rest
  return shown
}
