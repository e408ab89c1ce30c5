import { describe, expect, it, vi } from 'vitest'
import type { useCredentialsI18n } from '@/features/credentials/messages'
import type { useProductsI18n } from '@/features/products/messages'
import type { useSignInI18n } from '@/features/sign-in/messages'
import { createKioskI18n } from './index'
import { loadFeatureMessages, loadScreenHelp } from './feature-messages'
import type { useKioskI18n } from './typed'

// vue-tsc checks this file: each `@ts-expect-error` fails the type-check if its misspelt key were accepted.
function keysAreChecked(
  core: ReturnType<typeof useKioskI18n>['t'],
  signIn: ReturnType<typeof useSignInI18n>['t'],
  credentials: ReturnType<typeof useCredentialsI18n>['t'],
  products: ReturnType<typeof useProductsI18n>['t'],
) {
  core('welcome.start')
  // @ts-expect-error misspelt core key
  core('welcome.strat')
  // @ts-expect-error a feature's key is not the core's
  core('signIn.id.title')
  signIn('signIn.security.hello', { name: 'M' })
  // @ts-expect-error misspelt sign-in key
  signIn('signIn.id.titel')
  credentials('credentials.recovery.expires', 30)
  // @ts-expect-error another feature's key
  credentials('myProducts.nav.home')
  products('myProducts.tiles.position.title')
  // @ts-expect-error a section, not a text
  products('myProducts.nav')
}

const leaves = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leaves(v as object, `${prefix}${k}.`),
  )

describe('feature messages', () => {
  it('English has exactly the keys of Spanish, for the core and each feature', async () => {
    expect(keysAreChecked).toBeTypeOf('function')
    const pairs = await Promise.all([
      Promise.all([import('./es'), import('./en')]).then(([a, b]) => [a.es, b.en]),
      Promise.all([import('@/features/sign-in/messages/es'), import('@/features/sign-in/messages/en')]).then(
        ([a, b]) => [a.signInEs, b.signInEn],
      ),
      Promise.all([
        import('@/features/credentials/messages/es'),
        import('@/features/credentials/messages/en'),
      ]).then(([a, b]) => [a.credentialsEs, b.credentialsEn]),
      Promise.all([
        import('@/features/products/messages/es'),
        import('@/features/products/messages/en'),
      ]).then(([a, b]) => [a.es, b.en]),
      Promise.all([
        import('@/features/payments/messages/es'),
        import('@/features/payments/messages/en'),
      ]).then(([a, b]) => [a.es, b.en]),
    ])
    for (const [es, en] of pairs) expect(leaves(en!).sort()).toEqual(leaves(es!).sort())
  })

  it("loads a feature's messages once per app, under its key, and retries a failed load", async () => {
    const i18n = createKioskI18n()
    const load = vi.fn(async () => ({ es: { hello: 'Hola' }, en: { hello: 'Hello' } }))
    await Promise.all([loadFeatureMessages('demo', load), loadFeatureMessages('demo', load)])
    expect(load).toHaveBeenCalledTimes(1)
    expect(i18n.global.t('demo.hello')).toBe('Hola')
    const failing = vi.fn().mockRejectedValueOnce(new Error('chunk')).mockResolvedValue({ es: {}, en: {} })
    await expect(loadFeatureMessages('flaky', failing)).rejects.toThrow('chunk')
    await loadFeatureMessages('flaky', failing)
    expect(failing).toHaveBeenCalledTimes(2)
    // A new app (a new i18n) loads again.
    createKioskI18n()
    await loadFeatureMessages('demo', load)
    expect(load).toHaveBeenCalledTimes(2)
  })

  it("merges every feature's screen help under screenHelp, once, when the help page asks", async () => {
    const i18n = createKioskI18n()
    const signIn = vi.fn(async () => ({ es: { id: 'Escriba su documento' }, en: { id: 'Type your ID' } }))
    const products = vi.fn(async () => ({ es: { home: 'Sus productos' }, en: { home: 'Your products' } }))
    const features = [
      { id: 'signIn', loadScreenHelp: signIn },
      { id: 'products', loadScreenHelp: products },
      { id: 'none' },
    ]
    expect(i18n.global.t('screenHelp.id')).toBe('screenHelp.id')
    await Promise.all([loadScreenHelp(features), loadScreenHelp(features)])
    expect(signIn).toHaveBeenCalledTimes(1)
    expect(i18n.global.t('screenHelp.id')).toBe('Escriba su documento')
    i18n.global.locale.value = 'en'
    expect(i18n.global.t('screenHelp.home')).toBe('Your products')
  })
})
