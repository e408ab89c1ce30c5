import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createDeviceCredentialStore } from '../services/device/device-credential-store'
import { applyProvisioning } from '../services/device/provisioning'
import { ProvisioningError } from '../services/device/provisioning-error'
import { loadTrustedKeys, publicKeyOf } from '../services/device/provisioning-signature'
import { createJsonFileConfigStore } from '../services/json-file-config-store'
import { createLogger } from '../services/logger'
import { napiKeyring } from '../services/napi-keyring'
import type { ConfigStore } from '../services/config-store'
import { PROVISION_MESSAGES, type ProvisionLanguage } from './messages'

export interface ProvisionRun {
  /** Electron's electron-store; by default the JSON file of `--config`. */
  configStore?: ConfigStore
  /** The build's provisioning keys folder; by default `--trust-keys`. */
  trustKeysDir?: string
}

/**
 * `npm run provision -- FILE` and `kiosk --provision FILE` (Electron runs this same function): applies a
 * signed provisioning file on a branch PC. Exit 0 applied, 1 refused (the reason on stderr), 2 usage.
 */
export async function runProvision(argv: string[], run: ProvisionRun = {}): Promise<number> {
  const langAt = argv.indexOf('--lang')
  const lang: ProvisionLanguage = argv[langAt + 1] === 'en' && langAt >= 0 ? 'en' : 'es'
  const t = PROVISION_MESSAGES[lang]
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', default: '.data/kiosk-config.json' },
        'trust-keys': { type: 'string', default: 'build/provisioning-keys' },
        'trust-key': { type: 'string', multiple: true, default: [] },
        'keychain-service': { type: 'string' },
        lang: { type: 'string', default: 'es' },
        help: { type: 'boolean', default: false },
      },
    })
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${t.usage}\n`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(`${t.usage}\n`)
    return 0
  }
  if (positionals.length !== 1 || (values.lang !== 'es' && values.lang !== 'en')) {
    process.stderr.write(`${t.usage}\n`)
    return 2
  }
  const refuse = (e: ProvisioningError) => {
    process.stderr.write(`${t.refused}: ${t.reasons[e.reason]} (${e.message}).\n`)
    return 1
  }
  let text: string
  try {
    text = readFileSync(resolve(positionals[0]!), 'utf8')
  } catch (e) {
    return refuse(new ProvisioningError('unreadable', e instanceof Error ? e.message : String(e)))
  }
  const trustedKeys = [
    ...loadTrustedKeys(run.trustKeysDir ?? resolve(values['trust-keys'])),
    ...values['trust-key'].map((f) => publicKeyOf(readFileSync(resolve(f), 'utf8'))),
  ]
  try {
    const result = await applyProvisioning(text, {
      trustedKeys,
      credentials: createDeviceCredentialStore({
        keyring: await napiKeyring(),
        ...(values['keychain-service'] ? { service: values['keychain-service'] } : {}),
      }),
      config: run.configStore ?? createJsonFileConfigStore(values.config),
      logger: createLogger({ level: 'silent', name: 'provision' }),
    })
    process.stdout.write(
      `${t.applied(result.kioskId, `${result.branch.name} (${result.branch.id})`, result.keyId)}\n`,
    )
    if (result.replaced) process.stdout.write(`${t.replaced}\n`)
    return 0
  } catch (e) {
    if (e instanceof ProvisioningError) return refuse(e)
    process.stderr.write(
      `${t.refused}: ${t.reasons.keychain} (${e instanceof Error ? e.message : String(e)}).\n`,
    )
    return 1
  }
}
