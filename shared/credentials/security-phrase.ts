/**
 * The anti-phishing phrase (seeds 000, 004) is shown before the password, so it stays short and plain:
 * 3 to 60 characters of letters, digits, spaces and everyday punctuation, with spaces tidied.
 */
export const PHRASE_MIN_LENGTH = 3
export const PHRASE_MAX_LENGTH = 60
export const PHRASE_PATTERN = /^[\p{L}\p{N} .,;:!¡?¿'"()-]+$/u

export function tidyPhrase(phrase: string): string {
  return phrase.trim().replace(/\s+/gu, ' ')
}

export function isValidPhrase(phrase: string): boolean {
  const tidy = tidyPhrase(phrase)
  const n = Array.from(tidy).length
  return n >= PHRASE_MIN_LENGTH && n <= PHRASE_MAX_LENGTH && PHRASE_PATTERN.test(tidy)
}
