import { onBeforeUnmount, ref } from 'vue'

/**
 * Seconds left until a moment the API stated ("expires in 300 s", "resend in 60 s"), ticking once a
 * second on screen. Only what is shown counts down here; the API keeps its own clock and its word wins.
 */
export function useCountdown() {
  const seconds = ref(0)
  let timer: ReturnType<typeof setInterval> | undefined
  let deadline = 0

  function start(from: number): void {
    clearInterval(timer)
    deadline = Date.now() + from * 1000
    seconds.value = Math.max(0, from)
    if (from > 0)
      timer = setInterval(() => {
        seconds.value = Math.max(0, Math.ceil((deadline - Date.now()) / 1000))
        if (seconds.value === 0) clearInterval(timer)
      }, 1000)
  }

  onBeforeUnmount(() => clearInterval(timer))
  return { seconds, start }
}
