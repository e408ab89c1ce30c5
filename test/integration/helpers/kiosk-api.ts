import { createApiClient, type ApiClientOptions } from '../../../electron/services/api-client'
import { KioskError } from '../../../shared/ipc/errors'
import { expect } from 'vitest'

/** Main's API client pointed at a test server, with the kiosk id the integration tests use. */
export const testApiClient = (
  baseUrl: string,
  logger: ApiClientOptions['logger'],
  over: Partial<ApiClientOptions> = {},
) => createApiClient({ baseUrl, timeoutMs: 3000, retries: 1, logger, kioskId: 'KIOSK-IT', ...over })

/** The KioskError a promise rejects with (fails the test when it resolves or throws anything else). */
export async function caught(p: Promise<unknown>): Promise<KioskError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  )
  expect(e).toBeInstanceOf(KioskError)
  return e as KioskError
}
