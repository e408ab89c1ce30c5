import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { EnrollmentChallenge } from '@shared/api/credentials-enrollment'
import type { IpcInput } from '@shared/ipc/contract'
import { call } from '@/bridge'
import { useSessionStore } from '@/stores/session'

/**
 * Self-enrollment (seeds 001, 002, 004): the pending code challenge, then the session the right code
 * opens (the member continues straight into the setup steps).
 */
export const useEnrollmentStore = defineStore('credentials-enrollment', () => {
  const challenge = shallowRef<EnrollmentChallenge | null>(null)
  /** The session came from enrolling: the member never had a key, so the first password is new. */
  const enrolled = ref(false)
  let attempt = 0

  async function start(data: IpcInput<'credentials.enroll.start'>): Promise<void> {
    const mine = ++attempt
    const result = await call('credentials.enroll.start', data)
    if (mine === attempt) challenge.value = result
  }

  async function resend(): Promise<void> {
    if (!challenge.value) return
    const mine = attempt
    const result = await call('credentials.enroll.resend', { enrollmentId: challenge.value.enrollmentId })
    if (mine === attempt) challenge.value = result
  }

  /** True when the code signed the member in; false if the attempt was abandoned meanwhile. */
  async function verify(code: string): Promise<boolean> {
    if (!challenge.value) return false
    const mine = attempt
    const result = await call('credentials.enroll.verify', {
      enrollmentId: challenge.value.enrollmentId,
      code,
    })
    if (mine !== attempt) {
      await call('auth.logout', {}).catch(() => undefined)
      return false
    }
    useSessionStore().start(result)
    challenge.value = null
    enrolled.value = true
    return true
  }

  function reset(): void {
    attempt++
    challenge.value = null
    enrolled.value = false
  }

  return { challenge, enrolled, start, resend, verify, reset }
})
