import type { PasswordPolicy } from '../../shared/config/password-policy'

/**
 * What the cooperative "sends" (Spanish, like its members' phones): short, with the lifetime and a warning
 * never to share the key or code.
 */

/**
 * The cooperative's password rules in one sentence (seed 003: "las políticas de contraseñas las encontrará
 * en el correo"): sent with every temporary key, since the member must choose a new key right after.
 */
export function describePasswordPolicy(policy: PasswordPolicy): string {
  const needs = [
    policy.requireUpper && 'una mayúscula',
    policy.requireLower && 'una minúscula',
    policy.requireDigit && 'un número',
    policy.requireSymbol && 'un símbolo',
  ].filter((n): n is string => typeof n === 'string')
  const list = needs.length > 1 ? `${needs.slice(0, -1).join(', ')} y ${needs.at(-1)}` : (needs[0] ?? '')
  return (
    `Su nueva clave debe tener entre ${policy.minLength} y ${policy.maxLength} caracteres` +
    (list ? `, con al menos ${list}.` : '.')
  )
}

/** "30 minutos", "1 minuto", "45 segundos". */
export function describeLifetime(seconds: number): string {
  if (seconds >= 60 && seconds % 60 === 0) {
    const m = seconds / 60
    return `${m} ${m === 1 ? 'minuto' : 'minutos'}`
  }
  return `${seconds} ${seconds === 1 ? 'segundo' : 'segundos'}`
}

export const MESSAGES = {
  recoveryKey: (coop: string, key: string, ttl: number, policy: PasswordPolicy) =>
    `${coop}: su clave temporal es ${key}. Vence en ${describeLifetime(ttl)} y sirve una sola vez. ` +
    `Al ingresar se le pedirá cambiarla. ${describePasswordPolicy(policy)} No la comparta con nadie.`,
  enrollmentCode: (coop: string, code: string, ttl: number) =>
    `${coop}: su código de verificación es ${code}. Vence en ${describeLifetime(ttl)}. ` +
    'No lo comparta con nadie.',
  enrollmentKey: (coop: string, key: string, ttl: number, policy: PasswordPolicy) =>
    `${coop}: su usuario en línea fue creado. Su clave temporal es ${key}. Vence en ${describeLifetime(ttl)}; ` +
    `al ingresar se le pedirá cambiarla. ${describePasswordPolicy(policy)} No la comparta con nadie.`,
  passwordChanged: (coop: string) =>
    `${coop}: su clave de acceso fue cambiada. Si no fue usted, comuníquese de inmediato con la cooperativa.`,
} as const
