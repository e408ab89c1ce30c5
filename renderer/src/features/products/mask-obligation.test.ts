import { describe, expect, it } from 'vitest'
import { maskObligation } from './mask-obligation'

describe('maskObligation', () => {
  it('keeps the line code and the last four digits, like the masked product numbers', () => {
    expect(maskObligation('30 - 1939382145')).toBe('30 - ****2145')
    expect(maskObligation('2 - 28540088')).toBe('2 - ****0088')
  })

  it('leaves short codes alone: there is no number to hide in them', () => {
    expect(maskObligation('SEG-01')).toBe('SEG-01')
  })
})
