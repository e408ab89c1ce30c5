import { readFileSync } from 'node:fs'
import { z } from 'zod'

/** The app version from package.json: /health and the OpenAPI document report it. */
export function packageVersion(): string {
  const raw: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  return z.object({ version: z.string().min(1) }).parse(raw).version
}
