import type { PublicConfig } from '../config/kiosk-config'

/**
 * The public configuration travels with the document, so the first screen needs no `config.get` round
 * trip before it can show the start button (issue 8: start → interactive welcome). The browser shell
 * writes it into index.html as a JSON data block; Electron hands it to the preload as an argument.
 * Either way main is its source, and `config.get` still answers for anyone who asks later.
 */
export const BOOT_CONFIG_ELEMENT_ID = 'kiosk-boot-config'
export const BOOT_CONFIG_ARG = '--kiosk-boot-config='

/** A data block (never executed, so the CSP has no say) whose text cannot close the element early. */
export function bootConfigElement(config: PublicConfig): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c')
  return `<script type="application/json" id="${BOOT_CONFIG_ELEMENT_ID}">${json}</script>`
}

/** URI-encoded: Chromium's command line mangles some characters (backslashes, quotes) on Windows. */
export function bootConfigArg(config: PublicConfig): string {
  return BOOT_CONFIG_ARG + encodeURIComponent(JSON.stringify(config))
}

/** The configuration from a renderer's argv, or undefined when it is absent or garbled. */
export function bootConfigFromArgv(argv: readonly string[]): PublicConfig | undefined {
  const arg = argv.find((a) => a.startsWith(BOOT_CONFIG_ARG))
  return arg === undefined
    ? undefined
    : parseObject(() => decodeURIComponent(arg.slice(BOOT_CONFIG_ARG.length)))
}

/** The configuration from a data block's text, or undefined when it is absent or garbled. */
export function bootConfigFromText(text: string | null | undefined): PublicConfig | undefined {
  return text ? parseObject(() => text) : undefined
}

function parseObject(read: () => string): PublicConfig | undefined {
  try {
    const value: unknown = JSON.parse(read())
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as PublicConfig)
      : undefined
  } catch {
    return undefined
  }
}
