import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { LookupResponse } from '@shared/api/auth'
import type { ImageReportResponse, SignInQuestion } from '@shared/api/sign-in-extras'
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
  /** The security question the cooperative asks before the image (pa), until answered right. */
  const question = shallowRef<Extract<SignInQuestion, { required: true }> | null>(null)
  /** The right answer's proof, sent with lookup and login; never shown. */
  let questionTicket: string | undefined
  /** The last "No es mi imagen" report, for the screen that tells the member what happens next. */
  const imageReport = shallowRef<ImageReportResponse | null>(null)
  let attempt = 0

  /**
   * The ID step: where the cooperative asks a question first the answer is 'question', else the image
   * is looked up ('security'); null when the attempt was abandoned meanwhile.
   */
  async function begin(id: string): Promise<'question' | 'security' | null> {
    const mine = ++attempt
    const asked = await call('signIn.question', { idNumber: id })
    if (mine !== attempt) return null
    if (asked.required) {
      idNumber.value = id
      identity.value = null
      question.value = asked
      questionTicket = undefined
      return 'question'
    }
    return (await lookup(id)) ? 'security' : null
  }

  /** A right answer opens the image step; a wrong one throws (the same question stays). */
  async function answer(text: string): Promise<boolean> {
    if (!idNumber.value || !question.value) return false
    const mine = attempt
    const { questionTicket: ticket } = await call('signIn.answer', { idNumber: idNumber.value, answer: text })
    if (mine !== attempt) return false
    questionTicket = ticket
    question.value = null
    return lookup(idNumber.value, false)
  }

  /** True when the lookup applied; false when the attempt was abandoned meanwhile. */
  async function lookup(id: string, fresh = true): Promise<boolean> {
    const mine = fresh ? ++attempt : attempt
    const result = await call(
      'auth.lookup',
      questionTicket ? { idNumber: id, questionTicket } : { idNumber: id },
    )
    if (mine !== attempt) return false
    idNumber.value = id
    identity.value = result
    imageConfirmed.value = false
    return true
  }

  /** "No es mi imagen": the API records it; the sign-in is over (the ID is forgotten). */
  async function reportImage(): Promise<void> {
    if (!idNumber.value) return
    const report = await call('signIn.reportImage', { idNumber: idNumber.value })
    clear()
    imageReport.value = report
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
    const result = await call(
      'auth.login',
      questionTicket
        ? { idNumber: idNumber.value, password, questionTicket }
        : { idNumber: idNumber.value, password },
    )
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
    question.value = null
    questionTicket = undefined
    imageReport.value = null
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

  return {
    idNumber,
    identity,
    imageConfirmed,
    question,
    imageReport,
    begin,
    answer,
    lookup,
    reportImage,
    confirmImage,
    login,
    reset,
    carryId,
    takeCarriedId,
  }
})
