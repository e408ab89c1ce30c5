import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEMO_STAFF } from '../staff/demo-staff'

describe('sandbox/README.md, demo staff', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

  it('lists every demo staff member with the password the seed and the test directory use', () => {
    for (const s of DEMO_STAFF) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${s.username}\``))
      expect(row, s.username).toBeDefined()
      expect(row).toContain(`\`${s.password}\``)
      for (const role of s.roles) expect(row).toContain(role)
      if (s.disabled) expect(row).toContain('disabled')
    }
  })
})
