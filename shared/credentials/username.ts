/**
 * Usernames (seeds 001, 004: "mínimo ocho caracteres"): 8 to 20 letters and digits with at least one
 * letter, so a username can never look like a numeric ID number, and it passes the ID step's own rules.
 */
export const USERNAME_PATTERN = /^(?=.*[A-Za-z])[A-Za-z0-9]{8,20}$/
export const USERNAME_MIN_LENGTH = 8
export const USERNAME_MAX_LENGTH = 20

export function isValidUsername(username: string): boolean {
  return USERNAME_PATTERN.test(username)
}
