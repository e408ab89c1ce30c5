import { useRouter } from 'vue-router'
import type { SetupProgress } from '@shared/api/credentials'
import { useSessionStore } from '@/stores/session'

/**
 * Ends a setup step with what the API says is left: the router's guard then shows the next step, or home
 * once nothing is left.
 */
export function useSetupStep() {
  const router = useRouter()
  const session = useSessionStore()
  return async function complete(progress: SetupProgress): Promise<void> {
    session.setPendingSetup(progress.pendingSetup)
    await router.replace({ name: 'home' })
  }
}
