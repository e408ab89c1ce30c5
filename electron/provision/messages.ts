import type { ProvisioningRefusal } from '../../shared/device/provisioning-file'

/** What the provisioning command tells IT, in one language per run. */
export const PROVISION_MESSAGES = {
  es: {
    usage: `Uso: npm run provision -- ARCHIVO [opciones]   (en el quiosco instalado: kiosk --provision ARCHIVO)
  --config <archivo>          configuración del quiosco a escribir (por omisión .data/kiosk-config.json)
  --trust-keys <carpeta>      claves públicas de aprovisionamiento de la cooperativa (por omisión build/provisioning-keys)
  --trust-key <archivo.pem>   una clave pública más (se puede repetir)
  --keychain-service <nombre> servicio del llavero del sistema (por omisión cooperativa-kiosk)
  --lang <es|en>              idioma de los mensajes (por omisión es)
  --help                      esta ayuda`,
    applied: (kiosk: string, branch: string, key: string) =>
      `Quiosco ${kiosk} aprovisionado para ${branch}. Clave del dispositivo ${key} guardada en el llavero del sistema.`,
    replaced: 'La clave anterior de este quiosco quedó reemplazada.',
    refused: 'No se aplicó el archivo de aprovisionamiento',
    reasons: {
      unreadable: 'no se pudo leer el archivo',
      malformed: 'el archivo no es un archivo de aprovisionamiento válido',
      'foreign-key': 'el archivo no está firmado por la clave de aprovisionamiento de esta cooperativa',
      tampered: 'el archivo fue modificado después de firmado',
      expired: 'el token de inscripción venció; pida un archivo nuevo',
      'token-used': 'el token de inscripción ya se usó o venció; pida un archivo nuevo',
      'token-unknown': 'la API no reconoce el token de inscripción para este quiosco',
      'api-unreachable': 'no se pudo contactar la API de la cooperativa',
      'api-refused': 'la API rechazó la inscripción',
      keychain: 'no se pudo guardar la clave en el llavero del sistema',
    } satisfies Record<ProvisioningRefusal, string>,
  },
  en: {
    usage: `Usage: npm run provision -- FILE [options]   (on an installed kiosk: kiosk --provision FILE)
  --config <file>             kiosk configuration to write (default .data/kiosk-config.json)
  --trust-keys <dir>          the cooperative's provisioning public keys (default build/provisioning-keys)
  --trust-key <file.pem>      one more public key (repeatable)
  --keychain-service <name>   OS keychain service (default cooperativa-kiosk)
  --lang <es|en>              language of the messages (default es)
  --help                      this help`,
    applied: (kiosk: string, branch: string, key: string) =>
      `Kiosk ${kiosk} provisioned for ${branch}. Device key ${key} kept in the OS keychain.`,
    replaced: "This kiosk's previous key was replaced.",
    refused: 'The provisioning file was not applied',
    reasons: {
      unreadable: 'the file could not be read',
      malformed: 'the file is not a valid provisioning file',
      'foreign-key': "the file is not signed by this cooperative's provisioning key",
      tampered: 'the file was changed after it was signed',
      expired: 'the enrollment token has expired; ask for a new file',
      'token-used': 'the enrollment token was already used or has expired; ask for a new file',
      'token-unknown': 'the API does not know the enrollment token for this kiosk',
      'api-unreachable': "the cooperative's API could not be reached",
      'api-refused': 'the API refused the enrollment',
      keychain: 'the key could not be kept in the OS keychain',
    } satisfies Record<ProvisioningRefusal, string>,
  },
} as const
export type ProvisionLanguage = keyof typeof PROVISION_MESSAGES
