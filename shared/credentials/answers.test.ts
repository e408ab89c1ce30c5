import { describe, expect, it } from 'vitest'
import { isAcceptableAnswer, normalizeAnswer } from './answers'

describe('security answer normalisation', () => {
  it('ignores case', () => {
    expect(normalizeAnswer('Bombero')).toBe(normalizeAnswer('BOMBERO'))
    expect(normalizeAnswer('Bombero')).toBe('bombero')
  })

  it('ignores accents, including ñ and ü, however they were composed', () => {
    expect(normalizeAnswer('Fútbol')).toBe('futbol')
    expect(normalizeAnswer('Muñoz')).toBe('munoz')
    expect(normalizeAnswer('Güiro')).toBe('guiro')
    expect(normalizeAnswer('Pin\u0303a')).toBe(normalizeAnswer('Piña'))
  })

  it('ignores every space, so a keyboard without a space bar can type it', () => {
    expect(normalizeAnswer('  San   José ')).toBe('sanjose')
    expect(normalizeAnswer('san\tjose\n')).toBe('sanjose')
    expect(normalizeAnswer('SanJosé')).toBe(normalizeAnswer('san josé'))
  })

  it('keeps digits and symbols, which distinguish answers', () => {
    expect(normalizeAnswer('Calle 10')).toBe('calle10')
    expect(normalizeAnswer('Calle 10')).not.toBe(normalizeAnswer('Calle 11'))
  })

  it('accepts 2 to 40 characters once normalised', () => {
    expect(isAcceptableAnswer('a')).toBe(false)
    expect(isAcceptableAnswer(' a ')).toBe(false)
    expect(isAcceptableAnswer('ab')).toBe(true)
    expect(isAcceptableAnswer('x'.repeat(40))).toBe(true)
    expect(isAcceptableAnswer('x'.repeat(41))).toBe(false)
    expect(isAcceptableAnswer(`${'x '.repeat(40)}`)).toBe(true) // 40 once spaces go
  })
})
