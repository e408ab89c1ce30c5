import type { FaqEntry, HelpConfig } from './help-config'

// The demo cooperatives' help content. Numbers use the 555 range and addresses the .example domain:
// they are placeholders a real cooperative replaces in its kiosk configuration.

const securityImage: FaqEntry = {
  id: 'security-image',
  question: { es: '¿Para qué sirve mi imagen de seguridad?', en: 'What is my security image for?' },
  answer: {
    es: 'Después de escribir su identificación verá la imagen y la frase que usted eligió. Así sabe que está en el sistema verdadero de la cooperativa. Si no son las suyas, no escriba su clave, toque "No es mi imagen" y repórtelo a la cooperativa.',
    en: 'After you type your ID you will see the picture and phrase you chose. That is how you know you are on the real system of the cooperative. If they are not yours, do not type your password: tap "It is not my picture" and report it to the cooperative.',
  },
}

const CO_FAQ: FaqEntry[] = [
  {
    id: 'forgot-user',
    question: { es: '¿Olvidó su usuario?', en: 'Forgot your user?' },
    answer: {
      es: 'Su usuario es su número de documento de identidad (cédula), sin puntos ni espacios. Si creó un nombre de usuario en "Mis opciones", también puede usarlo. Si no recuerda ninguno, escriba su número de documento.',
      en: 'Your user is your ID document number (cédula), without dots or spaces. If you created a username in "My options" you can use it too. If you remember neither, type your ID number.',
    },
  },
  {
    id: 'forgot-password',
    question: { es: '¿Olvidó su clave?', en: 'Forgot your password?' },
    answer: {
      es: 'En el paso de la clave toque "Olvidé mi clave" y elija recibir una clave temporal por mensaje de texto o por correo electrónico. Si nunca ha tenido clave, use la misma opción para su primer ingreso.',
      en: 'On the password step tap "I forgot my password" and choose to get a temporary key by text message or e-mail. If you have never had a password, use the same option to sign in for the first time.',
    },
  },
  {
    id: 'temporary-key',
    question: { es: '¿Cómo uso la clave temporal?', en: 'How do I use the temporary key?' },
    answer: {
      es: 'Escríbala en el teclado de la pantalla como si fuera su clave. Sirve una sola vez y por poco tiempo: al ingresar, el sistema le pedirá cambiarla por una clave personal de 4 a 8 caracteres con una mayúscula, una minúscula y un número.',
      en: 'Type it on the on-screen keyboard as if it were your password. It works once and for a short time: when you sign in you will be asked to replace it with a personal password of 4 to 8 characters with an upper-case letter, a lower-case letter and a digit.',
    },
  },
  {
    id: 'blocked-user',
    question: { es: '¿Qué hago si mi usuario está bloqueado?', en: 'What if my user is locked?' },
    answer: {
      es: 'Después de tres claves incorrectas el usuario se bloquea por 15 minutos; si vuelve a pasar, por 1 hora y luego por 24 horas. Espere ese tiempo o pida una clave temporal con "Olvidé mi clave". Un asesor de la oficina también puede ayudarle.',
      en: 'After three wrong passwords your user is locked for 15 minutes; if it happens again, for 1 hour and then for 24 hours. Wait that long or ask for a temporary key with "I forgot my password". An adviser at the branch can also help you.',
    },
  },
  securityImage,
  {
    id: 'pse',
    question: { es: '¿Puedo pagar con PSE?', en: 'Can I pay with PSE?' },
    answer: {
      es: 'PSE sirve para pagar desde cuentas de otros bancos y se usa en la página web de la cooperativa. En este equipo paga debitando su cuenta de ahorros de la cooperativa. Un pago se ve aplicado en máximo media hora en "Mis productos".',
      en: 'PSE pays from accounts at other banks and is used on the cooperative’s website. At this kiosk you pay by debiting your savings account at the cooperative. A payment shows as applied within half an hour in "My products".',
    },
  },
]

const PA_FAQ: FaqEntry[] = [
  {
    id: 'forgot-user',
    question: { es: '¿Olvidó su usuario?', en: 'Forgot your user?' },
    answer: {
      es: 'Puede ingresar con su número de cédula o con el usuario que personalizó (mínimo 8 caracteres). Si no recuerda su usuario, escriba su número de cédula. El Centro Integral de Servicios le puede recordar su usuario.',
      en: 'You can sign in with your ID (cédula) number or with the username you chose (at least 8 characters). If you do not remember your username, type your ID number. The Service Centre can remind you of your username.',
    },
  },
  {
    id: 'forgot-password',
    question: { es: '¿Olvidó su contraseña?', en: 'Forgot your password?' },
    answer: {
      es: 'En el paso de la contraseña toque "Olvidé mi clave" y elija recibir una clave temporal por mensaje de texto o por correo electrónico.',
      en: 'On the password step tap "I forgot my password" and choose to get a temporary key by text message or e-mail.',
    },
  },
  {
    id: 'temporary-key',
    question: { es: '¿Cómo uso la clave temporal?', en: 'How do I use the temporary key?' },
    answer: {
      es: 'Escríbala como su contraseña. Sirve una sola vez: al ingresar deberá cambiarla por una contraseña de mínimo ocho caracteres, con una letra mayúscula y un número.',
      en: 'Type it as your password. It works once: when you sign in you must change it for a password of at least eight characters with an upper-case letter and a digit.',
    },
  },
  {
    id: 'blocked-user',
    question: { es: '¿Qué hago si mi usuario está bloqueado?', en: 'What if my user is locked?' },
    answer: {
      es: 'Después de tres contraseñas incorrectas su usuario queda bloqueado hasta que un asesor lo desbloquee. Acérquese al Centro Integral de Servicios con su cédula.',
      en: 'After three wrong passwords your user stays locked until an adviser unlocks it. Go to the Service Centre with your ID card.',
    },
  },
  securityImage,
  {
    id: 'pse',
    question: { es: '¿Puedo pagar con PSE?', en: 'Can I pay with PSE?' },
    answer: {
      es: 'PSE es un servicio de Colombia y no está disponible en Panamá. En este equipo puede pagar y transferir desde su cuenta de ahorros de la cooperativa.',
      en: 'PSE is a Colombian service and is not available in Panama. At this kiosk you can pay and transfer from your savings account at the cooperative.',
    },
  },
]

const WEEKDAYS = { es: 'Lunes a viernes', en: 'Monday to Friday' }
const SATURDAY = { es: 'Sábados', en: 'Saturdays' }

/** By profile id (profiles.ts indexes it with every profile's id, so a new profile needs its entry). */
export const HELP_DEFAULTS = {
  co: {
    contacts: [
      { kind: 'whatsapp', label: { es: 'WhatsApp', en: 'WhatsApp' }, value: '+57 300 555 0100' },
      { kind: 'email', label: { es: 'Correo', en: 'E-mail' }, value: 'contacto@coopandes.example' },
      { kind: 'web', label: { es: 'Página web', en: 'Website' }, value: 'www.coopandes.example' },
      { kind: 'branch', label: { es: 'Oficina', en: 'Branch' }, value: 'Asesores en la oficina' },
    ],
    callCentre: [
      { label: { es: 'Línea de atención Bogotá', en: 'Helpline, Bogotá' }, number: '(601) 555 0100' },
      { label: { es: 'Línea gratuita nacional', en: 'Toll-free, nationwide' }, number: '01 8000 555 010' },
    ],
    branchHours: [
      { days: WEEKDAYS, hours: { es: '8:00 a. m. a 5:00 p. m.', en: '8:00 a.m. to 5:00 p.m.' } },
      { days: SATURDAY, hours: { es: '9:00 a. m. a 12:00 m.', en: '9:00 a.m. to noon' } },
    ],
    faq: CO_FAQ,
  },
  pa: {
    contacts: [
      { kind: 'whatsapp', label: { es: 'WhatsApp', en: 'WhatsApp' }, value: '+507 6555-0100' },
      { kind: 'email', label: { es: 'Correo', en: 'E-mail' }, value: 'servicios@coopistmo.example' },
      { kind: 'web', label: { es: 'Página web', en: 'Website' }, value: 'www.coopistmo.example' },
      {
        kind: 'branch',
        label: { es: 'Centro Integral de Servicios', en: 'Service Centre' },
        value: 'Casa matriz, Ciudad de Panamá',
      },
    ],
    callCentre: [{ label: { es: 'Call Center', en: 'Call centre' }, number: '+507 555-0100' }],
    branchHours: [
      { days: WEEKDAYS, hours: { es: '8:00 a. m. a 4:00 p. m.', en: '8:00 a.m. to 4:00 p.m.' } },
      { days: SATURDAY, hours: { es: '8:00 a. m. a 12:00 m.', en: '8:00 a.m. to noon' } },
    ],
    faq: PA_FAQ,
  },
} satisfies Record<string, HelpConfig>
