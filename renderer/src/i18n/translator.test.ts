import { describe, expect, it } from 'vitest'
import { computed, nextTick } from 'vue'
import { createTranslator, pluralForm } from './translator'

const make = () =>
  createTranslator({
    locale: 'es',
    fallbackLocale: 'es',
    messages: {
      es: {
        greet: 'Hola, {name}',
        months: '{n} meses | {n} mes | {n} meses',
        items: 'un elemento | {count} elementos',
        only: 'Solo en español',
        nested: { deep: { text: 'Profundo' } },
      },
      en: { greet: 'Hello, {name}', months: '{n} months | {n} month | {n} months' },
    },
  }).global

describe('the translator (vue-i18n semantics the screens rely on)', () => {
  it('looks texts up by dotted key and fills named values', () => {
    const t = make().t
    expect(t('greet', { name: 'Ana' })).toBe('Hola, Ana')
    expect(t('nested.deep.text')).toBe('Profundo')
    // A missing name renders empty, as vue-i18n does.
    expect(t('greet')).toBe('Hola, ')
  })

  it('chooses plural forms: three are zero | one | many, two are one | many', () => {
    const t = make().t
    expect([0, 1, 2, 30].map((n) => t('months', n))).toEqual(['0 meses', '1 mes', '2 meses', '30 meses'])
    expect(t('items', 1)).toBe('un elemento')
    expect(t('items', 0)).toBe('0 elementos')
    expect(t('items', 5)).toBe('5 elementos')
    // A named `n` or `count` chooses the form too, with the plural argument as fallback.
    expect(t('months', { n: 1 })).toBe('1 mes')
    expect(t('months', { n: 4 }, 1)).toBe('4 meses')
    expect([pluralForm(-1, 3), pluralForm(7, 2), pluralForm(1, 2)]).toEqual([1, 1, 0])
  })

  it('falls back to Spanish, and shows a key that exists nowhere', () => {
    const tr = make()
    tr.locale.value = 'en'
    expect(tr.t('greet', { name: 'Ana' })).toBe('Hello, Ana')
    expect(tr.t('only')).toBe('Solo en español')
    expect(tr.t('nested.missing')).toBe('nested.missing')
    expect(tr.t('nested')).toBe('nested')
    expect(tr.t('toString')).toBe('toString')
  })

  it('re-renders what reads a text when the language changes or a feature merges its texts', async () => {
    const tr = make()
    const shown = computed(() => tr.t('feature.title'))
    expect(shown.value).toBe('feature.title')
    tr.mergeLocaleMessage('es', { feature: { title: 'Pagos' } })
    tr.mergeLocaleMessage('en', { feature: { title: 'Payments' } })
    await nextTick()
    expect(shown.value).toBe('Pagos')
    tr.locale.value = 'en'
    expect(shown.value).toBe('Payments')
    // Merging keeps what was there.
    expect(tr.t('greet', { name: 'Ana' })).toBe('Hello, Ana')
  })
})
