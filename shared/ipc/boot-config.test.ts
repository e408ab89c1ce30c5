import { describe, expect, it } from 'vitest'
import { KioskConfigSchema, toPublicConfig } from '../config/kiosk-config'
import {
  BOOT_CONFIG_ARG,
  bootConfigArg,
  bootConfigElement,
  bootConfigFromArgv,
  bootConfigFromText,
} from './boot-config'

const config = toPublicConfig(KioskConfigSchema.parse({}))
// A name a hostile or careless configuration could hold: it must not end the element or the argument.
const tricky = { ...config, cooperative: { ...config.cooperative, name: 'Coop </script><b>"\\ ñ' } }

describe('boot config', () => {
  it('round-trips through the data block, which nothing in the text can close early', () => {
    const element = bootConfigElement(tricky)
    expect(element.match(/<\/script>/g)).toHaveLength(1)
    expect(element.endsWith('</script>')).toBe(true)
    const text = element.slice(element.indexOf('>') + 1, -'</script>'.length)
    expect(bootConfigFromText(text)).toEqual(tricky)
  })

  it('round-trips through one argv entry of URI-safe characters only', () => {
    const arg = bootConfigArg(tricky)
    expect(arg.startsWith(BOOT_CONFIG_ARG)).toBe(true)
    expect(arg.slice(BOOT_CONFIG_ARG.length)).toMatch(/^[A-Za-z0-9%\-_.!~*'()]+$/)
    expect(bootConfigFromArgv(['/opt/kiosk/kiosk', '--type=renderer', arg])).toEqual(tricky)
  })

  it('gives undefined, never a throw, for an absent or garbled configuration', () => {
    expect(bootConfigFromArgv(['--type=renderer'])).toBeUndefined()
    expect(bootConfigFromArgv([`${BOOT_CONFIG_ARG}%E0%A4%A`])).toBeUndefined()
    expect(bootConfigFromArgv([`${BOOT_CONFIG_ARG}{not json`])).toBeUndefined()
    for (const text of [null, undefined, '', '[1]', '"x"', 'null', '{'])
      expect(bootConfigFromText(text), String(text)).toBeUndefined()
  })
})
