import { onBeforeUnmount, shallowRef, type ShallowRef } from 'vue'

/** The current time, moved on at each minute's start: a header clock that shows minutes needs no more. */
export function useMinuteClock(now: () => number = Date.now): ShallowRef<Date> {
  const current = shallowRef(new Date(now()))
  let timer: ReturnType<typeof setTimeout> | undefined
  function schedule(): void {
    timer = setTimeout(
      () => {
        current.value = new Date(now())
        schedule()
      },
      60_000 - (now() % 60_000),
    )
  }
  schedule()
  onBeforeUnmount(() => clearTimeout(timer))
  return current
}
