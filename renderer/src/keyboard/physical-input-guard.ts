/**
 * What a secret field refuses: printable keys and editing keys from a physical keyboard, paste, copy, cut,
 * drop and beforeinput. Tab, Enter and Space still move focus and press the on-screen buttons.
 */
export function isRefusedKey(e: KeyboardEvent): boolean {
  const printable = e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey
  const pasteShortcut = (e.ctrlKey || e.metaKey) && ['v', 'c', 'x'].includes(e.key.toLowerCase())
  const editing = e.key === 'Backspace' || e.key === 'Delete'
  return printable || pasteShortcut || editing
}

/** Event handlers for a secret field's container; `onRefused` shows the "use the on-screen keyboard" hint. */
export function physicalInputGuard(onRefused: () => void) {
  const refuse = (e: Event): void => {
    e.preventDefault()
    e.stopPropagation()
    onRefused()
  }
  return {
    refuse,
    onKeydown(e: KeyboardEvent): void {
      if (isRefusedKey(e)) refuse(e)
    },
  }
}
