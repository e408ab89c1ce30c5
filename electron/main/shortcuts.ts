import type { Input } from 'electron'

export type KeyInput = Pick<Input, 'key' | 'control' | 'meta' | 'alt' | 'shift'>

/** Keys that leave, reload, zoom or inspect the kiosk whatever modifier is held. */
const ALWAYS_BLOCKED = new Set([
  'F5',
  'F11',
  'F12',
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
  'BrowserSearch',
])

/** With Ctrl (Cmd on macOS): reload, close, quit, new window/tab, print, hide/minimise, zoom. */
const PRIMARY_BLOCKED = new Set([
  'r',
  'w',
  'q',
  'n',
  't',
  'p',
  'h',
  'm',
  '+',
  '-',
  '=',
  '_',
  '0',
  'f4',
  'tab',
])

/** With Ctrl+Shift (Cmd+Alt on macOS): the developer tools. */
const DEVTOOLS_KEYS = new Set(['i', 'j', 'c'])

/**
 * True for the key combinations that would let a member out of the kiosk page. Compared on `key`
 * (what the layout produces), not `code`, so Ctrl+W is caught on any layout; Ctrl+Alt is skipped
 * because Windows reports AltGr as Ctrl+Alt, and AltGr+Q is how a Spanish keyboard types "@".
 */
export function isBlockedShortcut(input: KeyInput): boolean {
  if (ALWAYS_BLOCKED.has(input.key)) return true
  // Alt alone opens the menu bar; Alt+F4 closes; Alt+arrows navigate history.
  if (input.key === 'Alt') return true
  if (input.alt && !input.control && ['F4', 'ArrowLeft', 'ArrowRight'].includes(input.key)) return true

  const primary = (input.control && !input.alt) || input.meta
  if (!primary) return false
  const key = input.key.toLowerCase()
  if (PRIMARY_BLOCKED.has(key)) return true
  if (DEVTOOLS_KEYS.has(key) && (input.shift || (input.meta && input.alt))) return true
  return false
}
