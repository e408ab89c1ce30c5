import { PASSWORD_SYMBOLS } from '@shared/config/password-policy'

/** The character keys of seed 000's virtual keyboard: Spanish alphabet, digits and the allowed symbols. */
export const LETTER_KEYS = [...'abcdefghijklmnñopqrstuvwxyz'] as const
export const DIGIT_KEYS = [...'0123456789'] as const
export const SYMBOL_KEYS: readonly string[] = PASSWORD_SYMBOLS

/** Every key that types a character; the keyboard shows them in a freshly shuffled order. */
export const CHARACTER_KEYS: readonly string[] = [...LETTER_KEYS, ...DIGIT_KEYS, ...SYMBOL_KEYS]

const LETTERS = new Set<string>(LETTER_KEYS)

/** What a key types: letters follow Mayúscula, digits and symbols never change. */
export function keyOutput(key: string, shift: boolean): string {
  return shift && LETTERS.has(key) ? key.toLocaleUpperCase('es') : key
}
