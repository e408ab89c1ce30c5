/**
 * Where a password lives while it is typed: a plain closure, never Vue state, Pinia, the DOM or storage,
 * so devtools, snapshots and the page's markup never hold it. Screens see only its length.
 */
export interface SecretBuffer {
  readonly length: number
  /** Adds one character; false when the buffer is full. */
  append(char: string): boolean
  backspace(): void
  clear(): void
  /** Hands the characters over exactly once and wipes the buffer. */
  take(): string
  /**
   * Runs a check on the characters and returns only its result (a live policy checklist, "both fields
   * match"): the characters themselves stay here.
   */
  inspect<T>(check: (value: string) => T): T
  /** Wipes and forgets the buffer (the component is going away). */
  dispose(): void
}

const live = new Set<SecretBuffer>()

export function createSecretBuffer(maxLength: number): SecretBuffer {
  const chars: string[] = []
  const buffer: SecretBuffer = {
    get length() {
      return chars.length
    },
    append(char) {
      if (chars.length >= maxLength) return false
      chars.push(char)
      return true
    },
    backspace() {
      chars.pop()
    },
    clear() {
      // JS strings cannot be zeroed; dropping every reference is the most the renderer can do.
      chars.fill('')
      chars.length = 0
    },
    take() {
      const value = chars.join('')
      buffer.clear()
      return value
    },
    inspect(check) {
      return check(chars.join(''))
    },
    dispose() {
      buffer.clear()
      live.delete(buffer)
    },
  }
  live.add(buffer)
  return buffer
}

/** Session teardown: whatever screen is showing, no typed secret survives. */
export function wipeAllSecretBuffers(): void {
  for (const buffer of live) buffer.clear()
}
