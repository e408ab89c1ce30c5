import { describe, expect, it } from 'vitest'
import { hashPassword, SCRYPT_PARAMS, verifyPassword } from './password-hash'

describe('scrypt password hashing', () => {
  it('stores scrypt$N$r$p$salt$hash with a 16-byte salt and a 32-byte key', async () => {
    const stored = await hashPassword('Coop2024')
    const [tag, n, r, p, salt, key] = stored.split('$')
    expect(tag).toBe('scrypt')
    expect([Number(n), Number(r), Number(p)]).toEqual([SCRYPT_PARAMS.N, SCRYPT_PARAMS.r, SCRYPT_PARAMS.p])
    expect(SCRYPT_PARAMS).toEqual({ N: 16384, r: 8, p: 1 })
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16)
    expect(Buffer.from(key!, 'base64')).toHaveLength(32)
    expect(stored).not.toContain('Coop2024')
  })

  it('verifies the right password and rejects others', async () => {
    const stored = await hashPassword('Coop2024')
    expect(await verifyPassword('Coop2024', stored)).toBe(true)
    expect(await verifyPassword('coop2024', stored)).toBe(false)
    expect(await verifyPassword('', stored)).toBe(false)
  })

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([hashPassword('Same1234'), hashPassword('Same1234')])
    expect(a).not.toBe(b)
    expect(await verifyPassword('Same1234', b)).toBe(true)
  })

  it('never verifies against malformed or tampered stored values', async () => {
    const stored = await hashPassword('Coop2024')
    const parts = stored.split('$')
    expect(await verifyPassword('Coop2024', 'plain-text')).toBe(false)
    expect(await verifyPassword('Coop2024', '')).toBe(false)
    expect(await verifyPassword('Coop2024', ['bcrypt', ...parts.slice(1)].join('$'))).toBe(false)
    // N not a power of two, or absurdly large: refused before any work is done.
    expect(await verifyPassword('Coop2024', [parts[0], '1000', ...parts.slice(2)].join('$'))).toBe(false)
    expect(await verifyPassword('Coop2024', [parts[0], String(2 ** 30), ...parts.slice(2)].join('$'))).toBe(
      false,
    )
    // A valid shape with different parameters derives a different key.
    expect(await verifyPassword('Coop2024', [parts[0], '8192', ...parts.slice(2)].join('$'))).toBe(false)
  })
})
