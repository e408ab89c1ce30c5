import { computed, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { ErrorCode, IpcError } from '@shared/ipc/errors'
import { toIpcError } from '@/bridge'
import { describeError } from '@/i18n'

/**
 * A screen's last failure and its sentence: the app's message for the code (with attempts or wait), or a
 * screen-specific one where the code alone would be vague (e.g. CONFLICT on a username).
 */
export function useFailure(overrides: Partial<Record<ErrorCode, string>> = {}) {
  const { t } = useI18n()
  const failure = shallowRef<IpcError | null>(null)
  const message = computed(() => {
    const f = failure.value
    if (!f) return null
    const key = overrides[f.code]
    return key ? t(key) : describeError(t, f)
  })
  return {
    failure,
    message,
    fail: (e: unknown) => (failure.value = toIpcError(e)),
    clear: () => (failure.value = null),
  }
}
