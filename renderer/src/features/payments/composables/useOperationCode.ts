import { computed, reactive, ref, watch } from 'vue'
import { OTP_LENGTH } from '@shared/api/identifiers'
import { useBusyAction } from '@/composables/useBusyAction'
import { useCountdown } from './useCountdown'

/** What every operation code's challenge states, whatever it authorises. */
export interface CodeChallenge {
  maskedPhone: string
  attemptsLeft: number
  attemptsLeftToday: number
  expiresInSeconds: number
  resendInSeconds: number
  resendsLeft: number
}

/** A code request as a store keeps it: the challenge, which send it was and when it was sent. */
export interface CodeAuthorization<C extends CodeChallenge> {
  challenge: C
  sent: number
  sentAt: number
}

/** The store behind a code screen: the operation's own confirm, resend and new request. */
export interface CodeSource<C extends CodeChallenge> {
  authorization(): CodeAuthorization<C> | null
  /** Sends the operation with the code; true when it is settled (done, or told as being confirmed). */
  submit(code: string): Promise<boolean>
  spendTry(attemptsLeft: number): void
  resend(): Promise<unknown>
  /** A code for the same operation anew. */
  requestCode(): Promise<unknown>
}

/**
 * One operation code on screen (transfers, beneficiaries, …): the digits typed, expiry, tries and the
 * resend cooldown as the API states them, and what may go on (confirm, resend, or only a new code).
 * Returned reactive, so a template (or the OperationCodeForm it is handed to) reads plain values.
 */
export function useOperationCode<C extends CodeChallenge>(source: CodeSource<C>) {
  const { busy, failure, message, clear, run } = useBusyAction()
  const code = ref('')
  const resent = ref(false)
  const expiry = useCountdown()
  const cooldown = useCountdown()
  const challenge = computed(() => source.authorization()?.challenge ?? null)
  /** Tries for this code, or what is left of the member's daily budget of wrong codes if that is less. */
  const triesLeft = computed(() =>
    challenge.value ? Math.min(challenge.value.attemptsLeft, challenge.value.attemptsLeftToday) : 0,
  )
  watch(
    () => source.authorization()?.sent,
    () => {
      const a = source.authorization()
      if (!a) return
      const elapsed = Math.floor((Date.now() - a.sentAt) / 1000)
      expiry.start(Math.max(0, a.challenge.expiresInSeconds - elapsed))
      cooldown.start(Math.max(0, a.challenge.resendInSeconds - elapsed))
    },
    { immediate: true },
  )

  const expiresIn = computed(() => {
    const s = expiry.seconds.value
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
  })
  const expired = computed(() => expiry.seconds.value === 0 || failure.value?.code === 'CODE_EXPIRED')
  /** Only a new code request can go on: this code is spent, expired, or the step-up lapsed. */
  const needsNewCode = computed(
    () => expired.value || triesLeft.value === 0 || failure.value?.code === 'VERIFICATION_REQUIRED',
  )
  const exhausted = computed(() => failure.value?.code === 'ATTEMPTS_EXHAUSTED')
  const canResend = computed(
    () => (challenge.value?.resendsLeft ?? 0) > 0 && cooldown.seconds.value === 0 && !exhausted.value,
  )
  const canConfirm = computed(
    () => code.value.length === OTP_LENGTH && !needsNewCode.value && !exhausted.value,
  )

  function typeDigit(d: string): void {
    clear()
    if (code.value.length < OTP_LENGTH) code.value += d
  }

  /** True when the operation is settled and the screen may move on. */
  async function confirm(): Promise<boolean> {
    if (busy.value || !canConfirm.value) return false
    let settled = false
    await run(async () => {
      settled = await source.submit(code.value)
    })
    const f = failure.value
    if (f?.code === 'CODE_INVALID' && f.details?.attemptsLeft !== undefined)
      source.spendTry(f.details.attemptsLeft)
    code.value = ''
    return settled
  }

  async function resend(): Promise<void> {
    if (busy.value || !canResend.value) return
    const ok = await run(async () => {
      await source.resend()
      resent.value = true
      code.value = ''
    })
    const wait = ok ? undefined : failure.value?.details?.retryAfterSeconds
    if (wait) cooldown.start(wait)
  }

  /** A code for the same operation anew (a new key: the API never applied the old one). */
  async function requestAgain(): Promise<void> {
    await run(async () => {
      await source.requestCode()
      resent.value = true
      code.value = ''
    })
  }

  return reactive({
    busy,
    message,
    code,
    resent,
    challenge,
    triesLeft,
    expiresIn,
    expired,
    needsNewCode,
    exhausted,
    canResend,
    canConfirm,
    resendWait: cooldown.seconds,
    typeDigit,
    confirm,
    resend,
    requestAgain,
    backspace: () => void (code.value = code.value.slice(0, -1)),
    clearCode: () => void (code.value = ''),
  })
}

export type OperationCode = ReturnType<typeof useOperationCode<CodeChallenge>>
