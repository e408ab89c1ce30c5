/**
 * `npm run openapi`: writes docs/openapi.json from the shared route table and package.json's version.
 * A sandbox test compares the committed file with a fresh generation, so contract drift fails CI.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { buildOpenApi } from '../shared/api/openapi'

const root = new URL('../', import.meta.url)
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string }
const out = new URL('docs/openapi.json', root)
writeFileSync(out, `${JSON.stringify(buildOpenApi(version), null, 2)}\n`)
console.log(`wrote ${out.pathname} (version ${version})`)
