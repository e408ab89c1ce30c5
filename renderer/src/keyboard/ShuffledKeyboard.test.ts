// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { createKioskI18n } from '@/i18n'
import { CHARACTER_KEYS } from '@/keyboard/layout'
import { wipeAllSecretBuffers } from '@/keyboard/secret-buffer'
import type { RandomSource } from '@/keyboard/shuffle'
import { seededSource } from '@/testing/fake-bridge'
import ShuffledKeyboard from './ShuffledKeyboard.vue'

type Keyboard = VueWrapper<InstanceType<typeof ShuffledKeyboard>>
const mounted: Keyboard[] = []

function mountKeyboard(
  props: { random?: RandomSource; maxLength?: number } = {},
  language: 'es' | 'en' = 'es',
) {
  const wrapper: Keyboard = mount(ShuffledKeyboard, {
    props: { random: seededSource(42), ...props },
    global: { plugins: [createKioskI18n(language)] },
    attachTo: document.body,
  })
  mounted.push(wrapper)
  return wrapper
}

afterEach(() => {
  for (const w of mounted.splice(0)) w.unmount()
})

/** The buttons inside the keyboard, by accessible name (their text), as end-to-end tests find them. */
const buttons = (w: Keyboard) => w.findAll('[data-testid="keyboard"] button')
function key(w: Keyboard, name: string) {
  const found = buttons(w).filter((b) => b.text() === name)
  expect(found, `one key named "${name}"`).toHaveLength(1)
  return found[0]!
}
const characterOrder = (w: Keyboard) => w.findAll('.skb__chars button').map((b) => b.text())
const mask = (w: Keyboard) => w.get('[data-testid="password-mask"]')

async function type(w: Keyboard, ...names: string[]) {
  for (const n of names) await key(w, n).trigger('click')
}

function dispatch(target: Element, event: Event): Event {
  target.dispatchEvent(event)
  return event
}

describe('ShuffledKeyboard', () => {
  it('offers every character key once, named exactly by what it types, plus Mayúscula/Borrar/Limpiar', () => {
    const w = mountKeyboard()
    expect([...characterOrder(w)].sort()).toEqual([...CHARACTER_KEYS].sort())
    for (const name of ['Mayúscula', 'Borrar', 'Limpiar', 'ñ', '#', '~', '0']) key(w, name)
    expect(buttons(w).every((b) => b.attributes('type') === 'button')).toBe(true)
  })

  it('names the control keys in English when the member chose English', () => {
    const w = mountKeyboard({}, 'en')
    for (const name of ['Shift', 'Backspace', 'Clear']) key(w, name)
  })

  it('collects typed characters in its closure and hands them over once via take()', async () => {
    const w = mountKeyboard()
    await type(w, 'a', 'Mayúscula', 'B', 'ñ', 'Mayúscula', '7', '#')
    expect(w.emitted('change')?.at(-1)).toEqual([5])
    expect(w.vm.take()).toBe('aBñ7#')
    expect(w.vm.take()).toBe('')
    await w.vm.$nextTick()
    expect(mask(w).text()).toBe('')
  })

  it('Mayúscula turns the letter keys to upper case, leaving digits and symbols alone', async () => {
    const w = mountKeyboard()
    const shift = key(w, 'Mayúscula')
    expect(shift.attributes('aria-pressed')).toBe('false')
    await shift.trigger('click')
    expect(shift.attributes('aria-pressed')).toBe('true')
    key(w, 'A')
    key(w, 'Ñ')
    key(w, '5')
    key(w, '@')
    expect(characterOrder(w)).not.toContain('a')
  })

  it('Mayúscula is one-shot: one capital, then lower case again (as on a phone)', async () => {
    const w = mountKeyboard()
    await type(w, 'Mayúscula', 'J', 'x')
    expect(key(w, 'Mayúscula').attributes('aria-pressed')).toBe('false')
    expect(w.vm.take()).toBe('Jx')
  })

  it('a double tap locks capitals, shown as "Mayúscula fija", until the next tap', async () => {
    const w = mountKeyboard()
    await type(w, 'Mayúscula', 'Mayúscula')
    const locked = key(w, 'Mayúscula fija')
    expect(locked.attributes('aria-pressed')).toBe('true')
    expect(locked.classes()).toContain('kb-key--locked')
    await type(w, 'J', 'X', '7', 'S')
    await type(w, 'Mayúscula fija', 'x')
    expect(key(w, 'Mayúscula').attributes('aria-pressed')).toBe('false')
    expect(w.vm.take()).toBe('JX7Sx')
  })

  it('Borrar removes the last character and Limpiar empties the field', async () => {
    const w = mountKeyboard()
    await type(w, 'x', 'y', 'z', 'Borrar')
    expect(mask(w).text()).toBe('••')
    await type(w, 'Limpiar')
    expect(mask(w).text()).toBe('')
    await type(w, 'q')
    expect(w.vm.take()).toBe('q')
  })

  it('stops at the maximum length', async () => {
    const w = mountKeyboard({ maxLength: 4 })
    await type(w, '1', '2', '3', '4', '5')
    expect(w.vm.take()).toBe('1234')
    expect(w.text()).toContain('Llegó al máximo de caracteres.')
  })

  it('shows only bullets: the typed characters are nowhere in the DOM', async () => {
    const w = mountKeyboard()
    await type(w, 'z', 'q', '7', '#', 'w')
    const field = mask(w)
    expect(field.attributes('role')).toBe('textbox')
    expect(field.attributes('aria-readonly')).toBe('true')
    expect(field.find('.mask__bullets').text()).toBe('•••••')
    const html = document.body.innerHTML
    expect(html).not.toContain('zq7#w')
    expect(document.querySelectorAll('input, textarea, [contenteditable]')).toHaveLength(0)
    for (const el of document.body.querySelectorAll('*'))
      for (const attr of el.attributes) expect(attr.value).not.toContain('zq7')
  })

  it('refuses physical typing, paste, drop, cut, copy and beforeinput, with a polite hint', async () => {
    const w = mountKeyboard()
    const field = mask(w).element
    const events: Event[] = [
      new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true }),
      new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true, cancelable: true }),
      new KeyboardEvent('keydown', { key: 'v', ctrlKey: true, bubbles: true, cancelable: true }),
      new Event('paste', { bubbles: true, cancelable: true }),
      new Event('drop', { bubbles: true, cancelable: true }),
      new Event('cut', { bubbles: true, cancelable: true }),
      new Event('copy', { bubbles: true, cancelable: true }),
      new Event('beforeinput', { bubbles: true, cancelable: true }),
    ]
    for (const e of events) expect(dispatch(field, e).defaultPrevented, e.type).toBe(true)
    // A physical key pressed while a key button has focus is refused too.
    const onKey = dispatch(
      key(w, 'a').element,
      new KeyboardEvent('keydown', { key: 'b', bubbles: true, cancelable: true }),
    )
    expect(onKey.defaultPrevented).toBe(true)
    await w.vm.$nextTick()
    expect(w.find('[aria-live="polite"]').text()).toBe('Use el teclado en pantalla')
    expect(w.vm.take()).toBe('')
    // Tab still moves focus: it is not refused.
    const tab = dispatch(field, new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }))
    expect(tab.defaultPrevented).toBe(false)
  })

  it('shuffles on every mount and on reset()', async () => {
    const source = seededSource(7)
    const first = characterOrder(mountKeyboard({ random: source }))
    const second = characterOrder(mountKeyboard({ random: source }))
    expect(second).not.toEqual(first)
    expect([...second].sort()).toEqual([...first].sort())
    // Same seed, same order: the order comes only from the injected source.
    expect(characterOrder(mountKeyboard({ random: seededSource(7) }))).toEqual(first)

    const w = mountKeyboard({ random: seededSource(9) })
    const before = characterOrder(w)
    await type(w, 'Mayúscula', 'Mayúscula', 'K')
    w.vm.reset()
    await w.vm.$nextTick()
    expect(characterOrder(w)).not.toEqual(before)
    expect(key(w, 'Mayúscula').attributes('aria-pressed')).toBe('false')
    expect(w.vm.take()).toBe('')
  })

  it('is wiped by a session teardown and when it goes away', async () => {
    const w = mountKeyboard()
    await type(w, 's', 'e')
    wipeAllSecretBuffers()
    expect(w.vm.take()).toBe('')
  })
})
