import { ref, shallowRef } from 'vue'
import type { IpcError } from '@shared/ipc/errors'
import { toIpcError } from '@/bridge'

export type RemoteStatus = 'idle' | 'loading' | 'ready' | 'error'

/**
 * One remote value with its status and error. A newer `run` wins over an older one still in flight
 * (e.g. the member taps "next page" twice), and `clear` drops whatever is in flight.
 */
export function useRemote<T, A extends unknown[] = []>(load: (...args: A) => Promise<T>) {
  const data = shallowRef<T | null>(null)
  const status = ref<RemoteStatus>('idle')
  const error = shallowRef<IpcError | null>(null)
  let generation = 0

  async function run(...args: A): Promise<T | null> {
    const mine = ++generation
    status.value = 'loading'
    error.value = null
    try {
      const result = await load(...args)
      if (mine !== generation) return null
      data.value = result
      status.value = 'ready'
      return result
    } catch (e) {
      if (mine !== generation) return null
      error.value = toIpcError(e)
      status.value = 'error'
      return null
    }
  }

  function clear(): void {
    generation++
    data.value = null
    status.value = 'idle'
    error.value = null
  }

  return { data, status, error, run, clear }
}
export type Remote<T, A extends unknown[] = []> = ReturnType<typeof useRemote<T, A>>
