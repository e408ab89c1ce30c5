import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PROFILE_IDS } from '../profiles'
import { DEMO_MEMBERS } from '../seed/demo-members'

describe('sandbox/README.md', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

  it('lists every demo member with the credentials the seed really uses', () => {
    for (const profile of PROFILE_IDS)
      for (const m of DEMO_MEMBERS[profile]) {
        const row = readme.split('\n').find((l) => l.includes(`\`${m.idNumber}\``))
        expect(row, `${profile} ${m.idNumber}`).toBeDefined()
        expect(row).toContain(`\`${m.password}\``)
        expect(row).toContain(m.role)
      }
  })

  it('documents every CLI flag', () => {
    for (const flag of [
      '--port',
      '--host',
      '--data',
      '--reset',
      '--profile',
      '--lockout',
      '--session-ttl',
      '--quiet',
    ])
      expect(readme).toContain(`\`${flag}`)
  })
})
