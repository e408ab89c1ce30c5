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

/**
 * Event handlers for a secret field's container, bound at once with `v-on="guard.listeners"`;
 * `onRefused` shows the "use the on-screen keyboard" hint.
 */
export function physicalInputGuard(onRefused: () => void) {
  const refuse = (e: Event): void => {
    e.preventDefault()
    e.stopPropagation()
    onRefused()
  }
  const onKeydown = (e: KeyboardEvent): void => {
    if (isRefusedKey(e)) refuse(e)
  }
  return {
    refuse,
    onKeydown,
    listeners: {
      keydown: onKeydown,
      paste: refuse,
      copy: refuse,
      cut: refuse,
      drop: refuse,
      dragover: refuse,
      beforeinput: refuse,
    },
  }
}
