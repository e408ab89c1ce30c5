import { computed, ref } from 'vue'
import { useRouter } from 'vue-router'
import type { SensitiveOperation } from '@shared/credentials/security-questions'
import type { ErrorCode } from '@shared/ipc/errors'
import { useFailure } from './useFailure'

/** The shared life of a change screen in user options: busy, done, failure and the ways back. */
export function useChange(
  operation: SensitiveOperation | null,
  overrides: Partial<Record<ErrorCode, string>> = {},
) {
  const router = useRouter()
  const { failure, message, fail, clear } = useFailure(overrides)
  const busy = ref(false)
  const done = ref<string | null>(null)
  const needsVerification = computed(() => failure.value?.code === 'VERIFICATION_REQUIRED')

  /** Runs the change; returns false when it failed (the failure is shown). */
  async function run(change: () => Promise<string>): Promise<boolean> {
    if (busy.value) return false
    busy.value = true
    clear()
    try {
      done.value = await change()
      return true
    } catch (e) {
      fail(e)
      return false
    } finally {
      busy.value = false
    }
  }

  return {
    busy,
    done,
    failure,
    message,
    needsVerification,
    run,
    verify: () =>
      operation ? router.replace({ name: 'options-verify', params: { operation } }) : Promise.resolve(),
    back: () => router.replace({ name: 'options' }),
  }
}
