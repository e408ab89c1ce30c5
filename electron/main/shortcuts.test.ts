import { describe, expect, it } from 'vitest'
import { isBlockedShortcut, type KeyInput } from './shortcuts'

const key = (k: string, mods: Partial<Omit<KeyInput, 'key'>> = {}): KeyInput => ({
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
})
const ctrl = { control: true }
const cmd = { meta: true }
const ctrlShift = { control: true, shift: true }

describe('isBlockedShortcut', () => {
  it.each([
    ['F5', key('F5')],
    ['Ctrl+R', key('r', ctrl)],
    ['Cmd+R', key('r', cmd)],
    ['Ctrl+Shift+R', key('R', ctrlShift)],
    ['F11', key('F11')],
    ['F12', key('F12')],
    ['Ctrl+Shift+I', key('I', ctrlShift)],
    ['Ctrl+Shift+J', key('J', ctrlShift)],
    ['Ctrl+Shift+C', key('C', ctrlShift)],
    ['Ctrl+plus', key('+', ctrl)],
    ['Ctrl+Shift+plus', key('+', ctrlShift)],
    ['Ctrl+minus', key('-', ctrl)],
    ['Ctrl+=', key('=', ctrl)],
    ['Ctrl+0', key('0', ctrl)],
    ['Cmd+plus', key('+', cmd)],
    ['Cmd+0', key('0', cmd)],
    ['Alt+F4', key('F4', { alt: true })],
    ['Ctrl+W', key('w', ctrl)],
    ['Cmd+W', key('w', cmd)],
    ['Ctrl+Q', key('q', ctrl)],
    ['Cmd+Q', key('q', cmd)],
    ['Ctrl+N', key('n', ctrl)],
    ['Ctrl+T', key('t', ctrl)],
    ['Ctrl+P', key('p', ctrl)],
    ['Alt+Left', key('ArrowLeft', { alt: true })],
    ['Alt+Right', key('ArrowRight', { alt: true })],
    ['Alt alone', key('Alt', { alt: true })],
    ['Ctrl+Tab', key('Tab', ctrl)],
    ['Ctrl+Shift+Tab', key('Tab', ctrlShift)],
    ['browser Back key', key('BrowserBack')],
  ])('blocks %s', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(true)
  })

  it.each([
    ['a digit', key('7')],
    ['a letter', key('a')],
    ['a capital letter', key('A', { shift: true })],
    ['r without Ctrl', key('r')],
    ['q without Ctrl', key('q')],
    ['Backspace', key('Backspace')],
    ['Enter', key('Enter')],
    ['Tab', key('Tab')],
    ['Shift+Tab', key('Tab', { shift: true })],
    ['a space', key(' ')],
    ['a minus sign', key('-')],
    ['a plus sign', key('+', { shift: true })],
    ['Left arrow', key('ArrowLeft')],
    ['Ctrl+C (copy)', key('c', ctrl)],
    // Windows reports AltGr as Ctrl+Alt: AltGr+Q types "@" on a Spanish keyboard.
    ['AltGr+Q producing @', key('@', { control: true, alt: true })],
    ['AltGr on the ID screen', key('q', { control: true, alt: true })],
  ])('lets %s through', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(false)
  })
})
