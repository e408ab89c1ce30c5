import { computed, shallowRef } from 'vue'
import type { ErrorCode, IpcError } from '@shared/ipc/errors'
import { toIpcError } from '@/bridge'
import { describeError, useKioskI18n } from '@/i18n'
import { useTranslator } from '@/i18n/translator'

/**
 * A screen's last failure and its sentence: the app's message for the code (with attempts or wait), or a
 * screen-specific one where the code alone would be vague (e.g. CONFLICT on a username).
 */
export function useFailure(overrides: Partial<Record<ErrorCode, string>> = {}) {
  const { t } = useKioskI18n()
  // Overrides are the calling feature's own keys, which the core's typed `t` does not know.
  const translator = useTranslator()
  const failure = shallowRef<IpcError | null>(null)
  const message = computed(() => {
    const f = failure.value
    if (!f) return null
    const key = overrides[f.code]
    return key ? translator.t(key) : describeError(t, f)
  })
  return {
    failure,
    message,
    fail: (e: unknown) => (failure.value = toIpcError(e)),
    clear: () => (failure.value = null),
  }
}
