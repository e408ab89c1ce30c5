import { KioskConfigSchema, type KioskConfig, type KioskConfigInput } from '../../shared/config/kiosk-config'
import { kioskConfigForProfile, PROFILES, ProfileIdSchema } from '../../shared/config/profiles'

export interface LaunchOverrides {
  /** electron-store file name; one per demo profile so switching profiles keeps each config. */
  configName: string
  /** Seeds an empty store (first start) with the profile's currency, locale and policy. */
  initial: KioskConfigInput
  apiUrl: string | undefined
  /** KIOSK_PRINTER_URL: the virtual receipt printer `npm start` runs (tcp://127.0.0.1:port). */
  printerUrl: string | undefined
  /** KIOSK_MODE (`npm start -- --mode teller`): teller mode for this run. */
  mode: KioskConfig['mode'] | undefined
}

/** Reads KIOSK_PROFILE / KIOSK_API_URL / KIOSK_PRINTER_URL, as `npm start` sets them; anything malformed is ignored loudly. */
export function launchOverrides(env: NodeJS.ProcessEnv): LaunchOverrides {
  const profile = ProfileIdSchema.safeParse(env.KIOSK_PROFILE)
  if (env.KIOSK_PROFILE !== undefined && !profile.success)
    throw new Error(`KIOSK_PROFILE must be one of ${ProfileIdSchema.options.join(', ')}`)
  const modes = KioskConfigSchema.shape.mode.unwrap()
  const mode = modes.safeParse(env.KIOSK_MODE)
  if (env.KIOSK_MODE !== undefined && !mode.success)
    throw new Error(`KIOSK_MODE must be one of ${modes.options.join(', ')}`)
  const common = {
    apiUrl: env.KIOSK_API_URL,
    printerUrl: env.KIOSK_PRINTER_URL,
    mode: mode.success ? mode.data : undefined,
  }
  return profile.success
    ? {
        configName: `kiosk-config-${profile.data}`,
        initial: kioskConfigForProfile(PROFILES[profile.data]),
        ...common,
      }
    : { configName: 'kiosk-config', initial: {}, ...common }
}
