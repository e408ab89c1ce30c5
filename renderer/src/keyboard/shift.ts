import { computed, ref } from 'vue'

export type ShiftState = 'off' | 'once' | 'locked'

/** Two taps on Mayúscula within this time lock it, as on a phone's keyboard. */
export const SHIFT_LOCK_MS = 500

/**
 * Mayúscula as members know it from their phones: one tap capitalises the next character only, a double
 * tap locks capitals until the next tap. A toggle that stayed on after one letter turned mixed-case
 * temporary keys into a guessing game (issue 17, item 7).
 */
export function useShift(now: () => number = () => performance.now()) {
  const state = ref<ShiftState>('off')
  let lastTap = Number.NEGATIVE_INFINITY

  function tap(): void {
    const at = now()
    const double = at - lastTap <= SHIFT_LOCK_MS
    lastTap = at
    if (state.value === 'off') state.value = 'once'
    else if (state.value === 'once') state.value = double ? 'locked' : 'off'
    else state.value = 'off'
  }

  /** After a character key: a one-shot capital is spent. */
  function typed(): void {
    if (state.value === 'once') state.value = 'off'
    lastTap = Number.NEGATIVE_INFINITY
  }

  function reset(): void {
    state.value = 'off'
    lastTap = Number.NEGATIVE_INFINITY
  }

  return { state, upper: computed(() => state.value !== 'off'), tap, typed, reset }
}
