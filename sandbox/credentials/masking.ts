/**
 * How recovery and enrollment screens show where a key or code goes, exactly like seed 000:
 * a phone as `****3129`, an e-mail as `jur*****@yah*****`. The masks have a fixed number of stars, so
 * they reveal nothing about the length of the hidden part.
 */

const STARS = '*****'
const chars = (s: string) => Array.from(s) // code points: "ñ" counts once

/** Four stars and the last four digits: "+57 310 456 3129" → "****3129". */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  return `****${digits.slice(-4)}`
}

/** The first three characters of a part (fewer if it is that short, never all of it), then five stars. */
function maskPart(part: string): string {
  const c = chars(part)
  const keep = Math.min(3, Math.max(0, c.length - 1))
  return c.slice(0, keep).join('') + STARS
}

/**
 * Three characters of the mailbox and three of the domain name, each followed by five stars; the rest of
 * the domain (its dots and top-level domain too) is hidden: "juradom@yahoo.com" → "jur*****@yah*****".
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 0) return maskPart(email)
  const domainName = email.slice(at + 1).split('.')[0] ?? ''
  return `${maskPart(email.slice(0, at))}@${maskPart(domainName)}`
}
