import { computed, onBeforeUnmount } from 'vue'
import { useRouter } from 'vue-router'
import { onEvent, onIpcFailure } from '@/bridge'
import { useIdleTimer } from '@/composables/useIdleTimer'
import { useConfigStore } from '@/stores/config'
import { useStaffStore } from '@/stores/staff'
import { useDeskStore } from '../stores/desk'

/**
 * The staff session on the teller's screens: it locks (signs out) after the configured idle time, ends on
 * "Cerrar sesión" or when main says it is gone, and activity keeps the API's session alive (throttled).
 */
export function useStaffSession() {
  const router = useRouter()
  const config = useConfigStore()
  const staff = useStaffStore()
  const desk = useDeskStore()
  const idleSeconds = computed(() => config.config?.session.idleSeconds ?? 120)
  let lastRefresh = Date.now()

  async function end(why: 'idle' | 'signed-out' | 'lost'): Promise<void> {
    idle.stop()
    desk.reset()
    await staff.signOut()
    await router.replace({
      name: 'teller-sign-in',
      query: why === 'signed-out' ? { out: '1' } : { locked: '1' },
    })
  }

  const idle = useIdleTimer({
    idleSeconds,
    warningSeconds: computed(() => config.config?.session.warningSeconds ?? 30),
    onTimeout: () => void end('idle'),
    onActivity() {
      if (Date.now() - lastRefresh < (idleSeconds.value * 1000) / 4) return
      lastRefresh = Date.now()
      staff.refresh().catch(() => undefined)
    },
  })
  idle.restart()

  const off = onIpcFailure((error, channel) => {
    const staffChannel = channel.startsWith('teller.') || channel.startsWith('staff.')
    if (staffChannel && (error.code === 'SESSION_EXPIRED' || error.code === 'NOT_AUTHENTICATED'))
      void end('lost')
  })
  // Main ended the session on its own (the API's idle time ran out first): the desk locks at once. A
  // sign-out of this screen's own is already on its way to the sign-in page.
  const offEnded = onEvent('staff.ended', ({ reason }) => {
    if (reason === 'expired') void end('lost')
  })
  onBeforeUnmount(() => {
    off()
    offEnded()
    idle.stop()
  })

  return {
    remainingSeconds: idle.remainingSeconds,
    warning: idle.warning,
    signOut: () => end('signed-out'),
  }
}
