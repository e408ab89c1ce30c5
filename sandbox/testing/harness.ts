/** Test helpers: a real sandbox on a loopback port with its data file in a fresh temp folder. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { demoMember, type DemoRole } from '../seed/demo-members'
import { startSandbox, type RunningSandbox, type StartOptions } from '../server'

/** A clock tests move by hand: session expiry without sleeping. */
export interface TestClock {
  now: () => Date
  advance(seconds: number): void
}

export const TEST_START = new Date('2026-03-15T12:00:00.000Z')

export function testClock(start: Date = TEST_START): TestClock {
  let t = start.getTime()
  return { now: () => new Date(t), advance: (s) => (t += s * 1000) }
}

/** Real time, for tests that need none of their own; `advance` still moves it forward. */
export function wallClock(): TestClock {
  let offset = 0
  return { now: () => new Date(Date.now() + offset), advance: (s) => (offset += s * 1000) }
}

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'coop-sandbox-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface TestSandbox extends RunningSandbox {
  clock: TestClock
  http: HttpClient
  /** The folder of the data file: room for a test's other files (removed on close when the harness made it). */
  dir: string
}

/**
 * Starts on port 0 with silent logs and the test clock; `close` also removes the temp folder it made.
 * Unsigned requests are accepted (`devUnsigned`) unless a test asks for `devUnsigned: false`: the
 * device-signature tests and main's signed integration tests do (test/integration/device-*.test.ts).
 */
export async function startTestSandbox(
  opts: Partial<StartOptions> & { clock?: TestClock } = {},
): Promise<TestSandbox> {
  const clock = opts.clock ?? testClock()
  const temp = opts.dataFile ? undefined : tempDir()
  const dataFile = opts.dataFile ?? join(temp!.dir, 'sandbox.db')
  // The sign-in question (pa) is off unless a test asks for it: other tests sign pa members in directly.
  const running = await startSandbox({
    port: 0,
    logLevel: 'silent',
    signInQuestionMode: 0,
    devUnsigned: true,
    ...opts,
    dataFile,
    now: clock.now,
  })
  return {
    ...running,
    clock,
    http: httpClient(running.url),
    dir: dirname(dataFile),
    close: async () => {
      await running.close()
      temp?.remove()
    },
  }
}

export interface HttpResult {
  status: number
  headers: Headers
  body: unknown
  /** Typed view of body for assertions on known shapes. */
  json<T = Record<string, unknown>>(): T
}

export interface HttpClient {
  get(path: string, opts?: { token?: string; headers?: Record<string, string> }): Promise<HttpResult>
  post(
    path: string,
    body?: unknown,
    opts?: { token?: string; headers?: Record<string, string>; raw?: string },
  ): Promise<HttpResult>
  put(path: string, body?: unknown, opts?: { token?: string }): Promise<HttpResult>
  delete(path: string, opts?: { token?: string }): Promise<HttpResult>
}

/** Plain fetch over loopback: the same HTTP the kiosk's main process speaks. */
export function httpClient(baseUrl: string): HttpClient {
  const send = async (
    method: string,
    path: string,
    body: unknown,
    opts: { token?: string; headers?: Record<string, string>; raw?: string } = {},
  ): Promise<HttpResult> => {
    const headers: Record<string, string> = { ...opts.headers }
    if (opts.token) headers.authorization = `Bearer ${opts.token}`
    let payload: string | undefined = opts.raw
    if (body !== undefined) payload = JSON.stringify(body)
    if (payload !== undefined) headers['content-type'] ??= 'application/json'
    const res = await fetch(baseUrl + path, { method, headers, body: payload })
    const text = await res.text()
    const parsed: unknown = text ? JSON.parse(text) : undefined
    return { status: res.status, headers: res.headers, body: parsed, json: <T>() => parsed as T }
  }
  return {
    get: (path, opts) => send('GET', path, undefined, opts),
    post: (path, body, opts) => send('POST', path, body, opts),
    put: (path, body, opts) => send('PUT', path, body, opts),
    delete: (path, opts) => send('DELETE', path, undefined, opts),
  }
}

/** Signs a seeded demo member in over HTTP and returns the bearer token. */
export async function signInDemo(
  http: HttpClient,
  profile: 'co' | 'pa',
  role: DemoRole,
  kioskId = 'K',
): Promise<string> {
  const m = demoMember(profile, role)
  const res = await http.post('/v1/auth/login', { idNumber: m.idNumber, password: m.password, kioskId })
  if (res.status !== 200) throw new Error(`sign-in of the ${role} demo member answered ${res.status}`)
  return res.json<{ token: string }>().token
}
