/** The device screens' texts (eager: an unprovisioned kiosk shows them first). */
export const deviceEs = {
  unprovisioned: {
    title: 'Quiosco sin configurar',
    lead: 'Este quiosco todavía no está listo para atender. Acérquese a un asesor de la oficina.',
  },
  revoked: {
    title: 'Quiosco fuera de servicio',
    lead: 'Este quiosco no puede atender en este momento. Acérquese a un asesor de la oficina.',
  },
  kiosk: 'Quiosco {id}',
  it: {
    title: 'Personal de TI',
    lead: 'Conecte la memoria USB con el archivo de aprovisionamiento de este quiosco (.provisioning.json).',
    search: 'Buscar en la memoria USB',
    searching: 'Buscando…',
    none: 'No se encontró ningún archivo .provisioning.json en la memoria USB.',
    apply: 'Aplicar {name}',
    applying: 'Aplicando…',
    applied: 'Quiosco {id} aprovisionado para {branch}.',
    continue: 'Continuar',
  },
  reasons: {
    unreadable: 'No se pudo leer el archivo.',
    malformed: 'El archivo no es un archivo de aprovisionamiento válido.',
    'foreign-key': 'El archivo no está firmado por la clave de aprovisionamiento de esta cooperativa.',
    tampered: 'El archivo fue modificado después de firmado.',
    expired: 'El token de inscripción venció. Pida un archivo nuevo.',
    'token-used': 'El token de inscripción ya se usó o venció. Pida un archivo nuevo.',
    'token-unknown': 'La cooperativa no reconoce el token de inscripción para este quiosco.',
    'api-unreachable': 'No se pudo contactar a la cooperativa. Revise la red e intente de nuevo.',
    'api-refused': 'La cooperativa rechazó la inscripción.',
    keychain: 'No se pudo guardar la clave en el llavero del sistema.',
  },
}
export type DeviceMessages = typeof deviceEs
