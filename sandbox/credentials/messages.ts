/**
 * What the cooperative "sends" (Spanish, like its members' phones): short, with the lifetime and a warning
 * never to share the key or code.
 */

/** "30 minutos", "1 minuto", "45 segundos". */
export function describeLifetime(seconds: number): string {
  if (seconds >= 60 && seconds % 60 === 0) {
    const m = seconds / 60
    return `${m} ${m === 1 ? 'minuto' : 'minutos'}`
  }
  return `${seconds} ${seconds === 1 ? 'segundo' : 'segundos'}`
}

export const MESSAGES = {
  recoveryKey: (coop: string, key: string, ttl: number) =>
    `${coop}: su clave temporal es ${key}. Vence en ${describeLifetime(ttl)} y sirve una sola vez. ` +
    'Al ingresar se le pedirá cambiarla. No la comparta con nadie.',
  enrollmentCode: (coop: string, code: string, ttl: number) =>
    `${coop}: su código de verificación es ${code}. Vence en ${describeLifetime(ttl)}. ` +
    'No lo comparta con nadie.',
  enrollmentKey: (coop: string, key: string, ttl: number) =>
    `${coop}: su usuario en línea fue creado. Su clave temporal es ${key}. Vence en ${describeLifetime(ttl)}; ` +
    'al ingresar se le pedirá cambiarla. No la comparta con nadie.',
  passwordChanged: (coop: string) =>
    `${coop}: su clave de acceso fue cambiada. Si no fue usted, comuníquese de inmediato con la cooperativa.`,
} as const
