import { readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SECURITY_IMAGE_IDS } from '../../shared/security/security-images'

describe('security pictures', () => {
  it.each(SECURITY_IMAGE_IDS)('%s ships as a small, self-contained, titled SVG', (id) => {
    const file = `resources/security-images/${id}.svg`
    const svg = readFileSync(file, 'utf8')
    expect(statSync(file).size).toBeLessThan(6 * 1024)
    expect(svg).toMatch(/<svg[^>]+viewBox="0 0 256 256"/)
    expect(svg).toMatch(/<title[^>]*>[^<]+<\/title>/)
    // Rendered inside a strict CSP: nothing that runs or fetches.
    expect(svg).not.toMatch(/<script|on[a-z]+=|href="(?!#)|url\((?!#)/i)
  })
})
