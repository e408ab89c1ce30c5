import { describe, expect, it } from 'vitest'
import { maskEmail, maskPhone } from './masking'

describe('destination masking (seed 000)', () => {
  it('shows a phone as four stars and its last four digits', () => {
    expect(maskPhone('+573103129')).toBe('****3129')
    expect(maskPhone('+57 310 456 3129')).toBe('****3129')
    expect(maskPhone('3104563129')).toBe('****3129')
    expect(maskPhone('+50761234567')).toBe('****4567')
  })

  it('shows three characters of the mailbox and of the domain, each followed by five stars', () => {
    expect(maskEmail('juradom@yahoo.com')).toBe('jur*****@yah*****')
    expect(maskEmail('jurado.marta@yahoo.es')).toBe('jur*****@yah*****')
    expect(maskEmail('maria.gomez@example.com')).toBe('mar*****@exa*****')
  })

  it('always uses five stars, so the hidden length leaks nothing', () => {
    expect(maskEmail('ana@hotmail.com')).toBe('an*****@hot*****')
    expect(maskEmail('averyveryverylongname@gmail.co')).toBe('ave*****@gma*****')
  })

  it('never shows a whole short part', () => {
    expect(maskEmail('ab@ex.co')).toBe('a*****@e*****')
    expect(maskEmail('a@b.co')).toBe('*****@*****')
    expect(maskEmail('ñoño@coop.pa')).toBe('ñoñ*****@coo*****')
  })
})
