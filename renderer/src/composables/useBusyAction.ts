import { ref } from 'vue'
import type { ErrorCode } from '@shared/ipc/errors'
import { useFailure } from './useFailure'

/**
 * One call at a time on a screen: `busy` while it runs (buttons show "saving…"), the failure and its
 * sentence when it fails. A second tap while busy is ignored rather than sent twice.
 */
export function useBusyAction(overrides: Partial<Record<ErrorCode, string>> = {}) {
  const { failure, message, fail, clear } = useFailure(overrides)
  const busy = ref(false)

  /** Runs the action; returns false when it failed (the failure is kept for the screen) or was ignored. */
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    if (busy.value) return false
    busy.value = true
    clear()
    try {
      await action()
      return true
    } catch (e) {
      fail(e)
      return false
    } finally {
      busy.value = false
    }
  }

  return { busy, failure, message, clear, run }
}
