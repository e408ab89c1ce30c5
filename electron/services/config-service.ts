import { KioskConfigSchema, type KioskConfig, type KioskConfigInput } from '../../shared/config/kiosk-config'
import { ConfigError } from './config-error'
import type { ConfigStore } from './config-store'

export { ConfigError } from './config-error'

/**
 * Reads and validates the kiosk configuration. A missing store, or missing top-level sections, are
 * filled with defaults and written back so IT sees every setting; an invalid one is reported and
 * left untouched, so a typo never costs the rest of the file.
 * `initial` seeds a store that holds nothing yet (e.g. kioskConfigForProfile(PROFILES.pa)).
 */
export function loadKioskConfig(store: ConfigStore, initial: KioskConfigInput = {}): KioskConfig {
  const raw = store.read()
  const parsed = KioskConfigSchema.safeParse(raw === undefined ? initial : raw)
  if (!parsed.success) {
    throw new ConfigError(
      store.location,
      'Invalid kiosk configuration',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    )
  }
  if (raw === undefined || Object.keys(parsed.data).some((k) => !(k in (raw as object)))) {
    store.write(parsed.data)
  }
  return parsed.data
}

/**
 * A development or support run may point this launch at another API without touching the stored file
 * (`--api` in the browser shell, KIOSK_API_URL for Electron). `source` names the override in errors.
 */
/** `--mode` / KIOSK_MODE for this run only (never written to the configuration). */
export function withModeOverride(config: KioskConfig, mode: KioskConfig['mode'] | undefined): KioskConfig {
  return mode === undefined ? config : { ...config, mode }
}

/** A TCP receipt printer for one run (the web shell's --printer), keeping the configured paper settings. */
export function withPrinterOverride(
  config: KioskConfig,
  url: string | undefined,
  source: string,
): KioskConfig {
  if (url === undefined || url === '') return config
  const p = config.printer
  const paper = p.kind === 'none' ? {} : { columns: p.columns, codePage: p.codePage, timeoutMs: p.timeoutMs }
  const checked = KioskConfigSchema.shape.printer.unwrap().safeParse({ ...paper, kind: 'tcp', url })
  if (!checked.success) throw new ConfigError(source, `not a tcp://host:port printer: ${url}`)
  return { ...config, printer: checked.data }
}

export function withApiOverride(config: KioskConfig, api: string | undefined, source: string): KioskConfig {
  if (api === undefined || api === '') return config
  const checked = KioskConfigSchema.shape.api.unwrap().safeParse({ ...config.api, baseUrl: api })
  if (!checked.success) throw new ConfigError(source, `not an http(s) URL: ${api}`)
  return { ...config, api: checked.data }
}
