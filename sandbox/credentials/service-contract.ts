import type { ServiceContract } from '../../shared/api/credentials'

/**
 * The online services contract (seed 004's "Contrato de Servicios"), versioned: a new version makes every
 * member accept again at their next sign-in. Spanish is the binding text; English is a courtesy copy.
 */
export const SERVICE_CONTRACT: ServiceContract = {
  version: '2026.1',
  publishedOn: '2026-01-15',
  texts: {
    es: {
      title: 'Contrato de servicios de la cooperativa en línea',
      clauses: [
        'PRIMERA — OBJETO: LA COOPERATIVA pone a disposición de EL ASOCIADO los servicios en línea y los equipos de autoservicio de sus oficinas para consultar saldos y movimientos, descargar certificados, actualizar sus credenciales y realizar las demás operaciones que LA COOPERATIVA habilite.',
        'SEGUNDA — CREDENCIALES: El acceso requiere el número de documento o el usuario elegido por EL ASOCIADO, una clave personal y la verificación de su imagen y frase de seguridad. Las credenciales son personales e intransferibles.',
        'TERCERA — CUSTODIA: EL ASOCIADO se obliga a no revelar su clave, sus respuestas de seguridad ni los códigos que reciba por mensaje de texto o correo electrónico. LA COOPERATIVA nunca le pedirá estos datos por teléfono, correo o mensaje.',
        'CUARTA — CLAVES TEMPORALES: Las claves temporales sirven una sola vez y por tiempo limitado. Al ingresar con una clave temporal, EL ASOCIADO deberá definir una clave personal que cumpla las reglas vigentes.',
        'QUINTA — IMAGEN Y FRASE DE SEGURIDAD: Antes de escribir su clave, EL ASOCIADO verificará que la imagen y la frase mostradas sean las que eligió. Si no lo son, no escribirá su clave y lo informará a LA COOPERATIVA.',
        'SEXTA — PREGUNTAS DE SEGURIDAD: Para ciertas operaciones, LA COOPERATIVA hará preguntas de seguridad cuyas respuestas solo EL ASOCIADO debe conocer. Tras varios intentos fallidos, la operación se bloqueará temporalmente.',
        'SÉPTIMA — EQUIPOS DE AUTOSERVICIO: Al terminar, EL ASOCIADO usará la opción "Salida segura". Por su seguridad, la sesión se cerrará sola tras un tiempo sin actividad y no quedarán datos suyos en el equipo.',
        'OCTAVA — BLOQUEO: Tras varios intentos fallidos de ingreso, el usuario se bloqueará y EL ASOCIADO deberá acercarse a una oficina de LA COOPERATIVA con su documento de identidad para desbloquearlo.',
        'NOVENA — SERVICIOS POR CORREO ELECTRÓNICO: EL ASOCIADO podrá activar o desactivar en cualquier momento el envío por correo electrónico de su estado de cuenta general, del estado de cuenta de sus tarjetas y de información y promociones de LA COOPERATIVA.',
        'DÉCIMA — REGISTRO DE OPERACIONES: LA COOPERATIVA conservará el registro de las operaciones realizadas con las credenciales de EL ASOCIADO, con la fecha, la hora y el equipo, como prueba de las mismas.',
        'DÉCIMA PRIMERA — DISPONIBILIDAD: LA COOPERATIVA procurará que los servicios estén disponibles de forma continua, pero podrá suspenderlos para mantenimiento o por razones de seguridad, informándolo cuando sea posible.',
        'DÉCIMA SEGUNDA — DATOS PERSONALES: LA COOPERATIVA tratará los datos personales de EL ASOCIADO conforme a la ley y a su política de tratamiento de datos, solo para prestar los servicios contratados.',
        'DÉCIMA TERCERA — MODIFICACIONES: LA COOPERATIVA podrá modificar este contrato. La nueva versión se mostrará a EL ASOCIADO en su siguiente ingreso y deberá aceptarla para continuar usando los servicios.',
        'DÉCIMA CUARTA — TERMINACIÓN: Cualquiera de las partes podrá dar por terminado este contrato en cualquier momento. EL ASOCIADO podrá solicitar la cancelación de su usuario en línea en cualquier oficina.',
        'DÉCIMA QUINTA — LEY APLICABLE: Este contrato se rige por las leyes del país de LA COOPERATIVA y por sus estatutos y reglamentos. Declara EL ASOCIADO que ha leído y aceptado los términos y condiciones de este contrato.',
      ],
    },
    en: {
      title: 'Online services contract of the cooperative',
      clauses: [
        'ONE — PURPOSE: THE COOPERATIVE provides THE MEMBER with its online services and the self-service kiosks in its branches to check balances and movements, download certificates, update credentials and carry out the other operations THE COOPERATIVE enables.',
        'TWO — CREDENTIALS: Access requires the ID number or the username THE MEMBER chose, a personal password and checking the security image and phrase. Credentials are personal and may not be transferred.',
        'THREE — SAFEKEEPING: THE MEMBER shall not reveal their password, security answers or the codes received by text message or e-mail. THE COOPERATIVE will never ask for them by phone, e-mail or message.',
        'FOUR — TEMPORARY KEYS: Temporary keys work once and for a limited time. After signing in with a temporary key, THE MEMBER must set a personal password that meets the current rules.',
        'FIVE — SECURITY IMAGE AND PHRASE: Before typing the password, THE MEMBER shall check that the image and phrase shown are the ones they chose. If they are not, THE MEMBER shall not type the password and shall inform THE COOPERATIVE.',
        'SIX — SECURITY QUESTIONS: For certain operations THE COOPERATIVE will ask security questions whose answers only THE MEMBER should know. After several wrong answers the operation is blocked for a while.',
        'SEVEN — SELF-SERVICE KIOSKS: When finished, THE MEMBER shall use "Secure exit". For their safety, the session closes by itself after a time without activity and none of their data stays on the kiosk.',
        'EIGHT — LOCKING: After several failed sign-in attempts the user is locked and THE MEMBER must visit a branch of THE COOPERATIVE with their ID document to unlock it.',
        'NINE — E-MAIL SERVICES: THE MEMBER may at any time turn on or off the e-mail delivery of their general account statement, their card statement and news and promotions of THE COOPERATIVE.',
        'TEN — RECORD OF OPERATIONS: THE COOPERATIVE keeps a record of the operations made with THE MEMBER’s credentials, with date, time and device, as evidence of them.',
        'ELEVEN — AVAILABILITY: THE COOPERATIVE will try to keep the services available at all times, but may suspend them for maintenance or security reasons, announcing it when possible.',
        'TWELVE — PERSONAL DATA: THE COOPERATIVE processes THE MEMBER’s personal data according to the law and its data policy, only to provide the contracted services.',
        'THIRTEEN — CHANGES: THE COOPERATIVE may change this contract. The new version is shown to THE MEMBER at their next sign-in and must be accepted to keep using the services.',
        'FOURTEEN — TERMINATION: Either party may end this contract at any time. THE MEMBER may ask any branch to cancel their online user.',
        'FIFTEEN — GOVERNING LAW: This contract is governed by the laws of THE COOPERATIVE’s country and by its bylaws and regulations. THE MEMBER declares having read and accepted the terms and conditions of this contract.',
      ],
    },
  },
}
