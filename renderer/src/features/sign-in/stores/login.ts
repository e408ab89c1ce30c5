import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { LookupResponse } from '@shared/api/auth'
import { call } from '@/bridge'
import { useSessionStore } from '@/stores/session'

/**
 * The two-step sign-in: ID lookup (security picture and phrase), then the password. Answers that arrive
 * after a reset (timeout, cancel) belong to an abandoned attempt and are dropped.
 */
export const useLoginStore = defineStore('login', () => {
  const idNumber = ref<string | null>(null)
  const identity = shallowRef<LookupResponse | null>(null)
  const imageConfirmed = ref(false)
  /** An ID typed on another screen (recovery) for the ID step to start with, so it is not typed twice. */
  const carriedId = ref<string | null>(null)
  let attempt = 0

  /** True when the lookup applied; false when the attempt was abandoned meanwhile. */
  async function lookup(id: string): Promise<boolean> {
    const mine = ++attempt
    const result = await call('auth.lookup', { idNumber: id })
    if (mine !== attempt) return false
    idNumber.value = id
    identity.value = result
    imageConfirmed.value = false
    return true
  }

  function confirmImage(): void {
    if (identity.value) imageConfirmed.value = true
  }

  /**
   * Signs in with a password handed over by the keyboard (not kept here). On success the session store
   * takes over and the ID is forgotten. Returns false if the attempt was abandoned meanwhile.
   */
  async function login(password: string): Promise<boolean> {
    if (!idNumber.value || !imageConfirmed.value) return false
    const mine = attempt
    const result = await call('auth.login', { idNumber: idNumber.value, password })
    if (mine !== attempt) {
      // The member walked away (timeout) while main signed in: do not leave that session open.
      await call('auth.logout', {}).catch(() => undefined)
      return false
    }
    useSessionStore().start(result)
    clear()
    return true
  }

  function clear(): void {
    idNumber.value = null
    identity.value = null
    imageConfirmed.value = false
  }

  function reset(): void {
    attempt++
    clear()
    carriedId.value = null
  }

  function carryId(id: string): void {
    carriedId.value = id
  }

  /** The carried ID, once: a later visit to the ID step starts empty. */
  function takeCarriedId(): string | null {
    const id = carriedId.value
    carriedId.value = null
    return id
  }

  return { idNumber, identity, imageConfirmed, lookup, confirmImage, login, reset, carryId, takeCarriedId }
})
