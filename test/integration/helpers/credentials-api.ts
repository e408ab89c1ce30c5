import { expect } from 'vitest'
import { LoginResponseSchema, type LoginResponse } from '../../../shared/api/auth'
import { ApiErrorBodySchema } from '../../../shared/api/errors'
import { API_ROUTES, type ApiRouteName } from '../../../shared/api/routes'
import type { HttpClient, HttpResult } from '../../../sandbox/testing/harness'

export const KIOSK = 'KIOSK-CRED'

/** Calls a route of API_ROUTES by name over real HTTP. */
export function api(http: HttpClient) {
  return (name: ApiRouteName, body?: unknown, token?: string): Promise<HttpResult> => {
    const route = API_ROUTES[name]
    return route.method === 'GET' ? http.get(route.path, { token }) : http.post(route.path, body, { token })
  }
}

export async function login(http: HttpClient, idNumber: string, password: string): Promise<LoginResponse> {
  const res = await api(http)('login', { idNumber, password, kioskId: KIOSK })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return LoginResponseSchema.parse(res.body)
}

/** The error of a failed call, checked against the ApiError shape. */
export function errorOf(res: HttpResult) {
  return ApiErrorBodySchema.parse(res.body).error
}

export interface OutboxEntry {
  id: number
  channel: 'sms' | 'email'
  recipient: string
  idNumber: string | null
  template: string
  text: string
  createdAt: string
}

export async function outbox(http: HttpClient, filter: Record<string, string> = {}): Promise<OutboxEntry[]> {
  const res = await http.get(`/sandbox/outbox?${new URLSearchParams(filter).toString()}`)
  expect(res.status).toBe(200)
  return res.json<{ messages: OutboxEntry[] }>().messages
}

/** The temporary key in the newest message to an ID number. */
export async function latestKey(http: HttpClient, idNumber: string): Promise<string> {
  const [m] = await outbox(http, { idNumber })
  const key = /clave temporal es ([^\s.]+)\./.exec(m?.text ?? '')?.[1]
  if (!key) throw new Error(`no temporary key for ${idNumber} in the outbox`)
  return key
}

/** The 6-digit code in the newest message to an ID number. */
export async function latestCode(http: HttpClient, idNumber: string): Promise<string> {
  const [m] = await outbox(http, { idNumber })
  const code = /código de verificación es (\d{6})\./.exec(m?.text ?? '')?.[1]
  if (!code) throw new Error(`no code for ${idNumber} in the outbox`)
  return code
}
