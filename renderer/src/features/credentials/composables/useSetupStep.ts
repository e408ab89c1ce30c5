import { useRouter } from 'vue-router'
import type { SetupProgress } from '@shared/api/credentials'
import { useSessionStore } from '@/stores/session'
import { useBusyAction } from '@/composables/useBusyAction'

/**
 * A setup step's save: the call returns what the API says is left, and the router's guard then shows the
 * next step; after the last one the member is told what was done before home.
 */
export function useSetupStep() {
  const router = useRouter()
  const session = useSessionStore()
  const { busy, failure, message, clear, run } = useBusyAction()

  /** Saves the step and moves on; false when it failed (the failure is shown). */
  function save(step: () => Promise<SetupProgress>): Promise<boolean> {
    return run(async () => {
      const progress = await step()
      session.setPendingSetup(progress.pendingSetup)
      await router.replace({ name: progress.pendingSetup.length === 0 ? 'setup-done' : 'home' })
    })
  }

  return { busy, failure, message, clear, run, save }
}
