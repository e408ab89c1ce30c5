import { computed, ref } from 'vue'
import { useRouter } from 'vue-router'
import type { SensitiveOperation } from '@shared/credentials/security-questions'
import type { ErrorCode } from '@shared/ipc/errors'
import { useBusyAction } from '@/composables/useBusyAction'

/** The shared life of a change screen in user options: busy, done, failure and the ways back. */
export function useChange(
  operation: SensitiveOperation | null,
  overrides: Partial<Record<ErrorCode, string>> = {},
) {
  const router = useRouter()
  const action = useBusyAction(overrides)
  const done = ref<string | null>(null)
  // Only a sensitive change has a security question to answer first.
  const needsVerification = computed(
    () => operation !== null && action.failure.value?.code === 'VERIFICATION_REQUIRED',
  )

  return {
    busy: action.busy,
    done,
    failure: action.failure,
    message: action.message,
    needsVerification,
    /** Runs the change (which returns its confirmation); false when it failed (the failure is shown). */
    run: (change: () => Promise<string>) =>
      action.run(async () => {
        done.value = await change()
      }),
    verify: () =>
      operation ? router.replace({ name: 'options-verify', params: { operation } }) : Promise.resolve(),
    back: () => router.replace({ name: 'options' }),
  }
}

/** What a change screen's frame (ChangeLayout) shows and offers. */
export type ChangeState = ReturnType<typeof useChange>
