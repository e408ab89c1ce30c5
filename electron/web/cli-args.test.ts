import { describe, expect, it } from 'vitest'
import { parseCliArgs, UsageError } from './cli-args'

describe('parseCliArgs', () => {
  it('has the documented defaults', () => {
    expect(parseCliArgs([])).toEqual({
      config: '.data/kiosk-config.json',
      api: undefined,
      printer: undefined,
      profile: undefined,
      port: 0,
      renderer: 'out/renderer',
      open: true,
      kiosk: false,
      mode: undefined,
      logLevel: 'info',
      devUnsigned: false,
      usbRoots: undefined,
      credentialFile: undefined,
      trustKeys: 'build/provisioning-keys',
    })
  })

  it('reads every flag', () => {
    expect(
      parseCliArgs([
        '--config',
        'c.json',
        '--api',
        'http://127.0.0.1:9000',
        '--printer',
        'tcp://127.0.0.1:9100',
        '--profile',
        'pa',
        '--port',
        '5173',
        '--renderer',
        'dist',
        '--no-open',
        '--kiosk',
        '--mode',
        'teller',
        '--log-level',
        'debug',
        '--dev-unsigned',
        ...['--usb-root', '/media', '--usb-root', '/mnt'],
        ...['--device-credential-file', 'k.json', '--trust-keys', 'keys'],
      ]),
    ).toEqual({
      config: 'c.json',
      api: 'http://127.0.0.1:9000',
      printer: 'tcp://127.0.0.1:9100',
      profile: 'pa',
      port: 5173,
      renderer: 'dist',
      open: false,
      kiosk: true,
      mode: 'teller',
      logLevel: 'debug',
      devUnsigned: true,
      usbRoots: ['/media', '/mnt'],
      credentialFile: 'k.json',
      trustKeys: 'keys',
    })
  })

  it('refuses unknown flags, bad ports and bad levels', () => {
    for (const argv of [
      ['--nope'],
      ['--port', 'abc'],
      ['--port', '70000'],
      ['--port', '-1'],
      ['--log-level', 'loud'],
      ['--mode', 'cajero'],
      ['x'],
    ]) {
      expect(() => parseCliArgs(argv), argv.join(' ')).toThrow(UsageError)
    }
  })
})
