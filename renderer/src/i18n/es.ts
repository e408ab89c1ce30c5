import type { ErrorCode } from '@shared/ipc/errors'
import type { ProductKind, ProductSummary } from '@shared/api/member'
import { PRODUCTS_LABELS } from '@shared/labels/products-labels'
import type { SecurityImageId } from '@shared/security/security-images'

/**
 * Spanish, the default language, is the source of truth: `MessageSchema` is its shape and `en.ts`
 * must match it. `{name}` and `a | b | c` plural forms are the only syntax (see translator.ts).
 */
export const es = {
  app: {
    loading: 'Cargando…',
    backToStart: 'Volver al inicio',
    showValues: 'Mostrar valores',
    hideValues: 'Ocultar valores',
    retry: 'Reintentar',
    cancel: 'Cancelar',
    continue: 'Continuar',
    notRegistered: 'No registra',
    mainContent: 'Contenido principal',
    home: 'Inicio',
    navigation: 'Navegación',
  },
  language: { label: 'Idioma', es: 'Español', en: 'English' },
  welcome: {
    greeting: 'Bienvenido a',
    subtitle: 'Consulte sus productos y su información de asociado de forma segura.',
    start: 'Toque para comenzar',
    branch: 'Oficina',
    kiosk: 'Equipo',
    configError: 'Este equipo no pudo cargar su configuración. Por favor, avise a un asesor.',
    notices: {
      'not-my-image':
        'Por su seguridad no continuamos. Si la imagen o la frase no son las suyas, comuníquese con la cooperativa o acérquese a un asesor.',
      timeout: 'El proceso se canceló por inactividad. Puede comenzar de nuevo.',
    },
  },
  keys: {
    shift: 'Mayúscula',
    shiftLocked: 'Mayúscula fija',
    backspace: 'Borrar',
    clear: 'Limpiar',
    numeric: 'Teclado numérico',
    letters: 'Teclado de letras',
    space: 'Espacio',
    shuffled: 'Teclado en pantalla',
    password: 'Clave',
    physicalRefused: 'Use el teclado en pantalla',
    count: '{n} de {max} caracteres',
    full: 'Llegó al máximo de caracteres.',
    editing: 'Escribiendo aquí',
    tapToEdit: 'Toque para escribir aquí',
  },
  securityImage: {
    names: {
      feather: 'Una pluma',
      'power-button': 'Un botón de encendido',
      apple: 'Una manzana',
      guitar: 'Una guitarra',
      umbrella: 'Una sombrilla',
      duck: 'Un pato',
      bicycle: 'Una bicicleta',
      hat: 'Un sombrero',
      keys: 'Unas llaves',
      teacup: 'Una taza de té',
      zebra: 'Una cebra',
      'gift-box': 'Una caja de regalo',
    } satisfies Record<SecurityImageId, string>,
    missing: 'Imagen no disponible',
  },
  session: {
    remaining: 'Tiempo restante de sesión',
    secureExit: 'Salida segura',
    warningTitle: 'Su sesión está por terminar',
    warningBody: 'Por su seguridad, la sesión se cerrará en {n} segundos. ¿Desea continuar?',
    warningBodyPreLogin: 'Por inactividad, volveremos al inicio en {n} segundos. ¿Desea continuar?',
    extend: 'Continuar sesión',
    extendPreLogin: 'Continuar',
    exit: 'Salir',
    member: 'Asociado',
  },
  header: {
    greeting: {
      morning: 'Buenos días, {name}',
      afternoon: 'Buenas tardes, {name}',
      evening: 'Buenas noches, {name}',
    },
    lastSignIn: 'Última conexión',
    firstSignIn: 'esta es su primera conexión.',
    notYou: 'Si no fue usted, acérquese a un asesor.',
    channel: { kiosk: 'Kiosco', kioskNamed: 'Kiosco {id}', web: 'Banca en línea', mobile: 'App móvil' },
  },
  home: {
    title: 'Información del asociado',
    cutoff: 'Fecha de corte',
    fields: {
      fullName: 'Nombre del asociado',
      idNumber: 'Identificación',
      memberNumber: 'Número de asociado',
      payrollEntity: 'Medio de pago',
      baseSalary: 'Salario básico',
      seniority: 'Antigüedad',
      paymentCapacity: 'Capacidad de pago',
    },
    months: '{n} meses | {n} mes | {n} meses',
    products: 'Mis productos',
    services: 'Servicios',
    loadError: 'No pudimos cargar su información.',
  },
  products: {
    kinds: PRODUCTS_LABELS.es.kinds,
    empty: {
      contribution: 'No posee aportes registrados.',
      savings: 'No posee cuentas de ahorro.',
      loan: 'No posee créditos vigentes.',
      term_deposit: 'No posee CDAT ni plazo fijo.',
      card: 'No posee tarjetas.',
      other_obligation: 'No posee otras obligaciones.',
      deduction: 'No tiene descuentos de nómina.',
      insurance: 'No posee seguros.',
    } satisfies Record<ProductKind, string>,
    status: {
      active: 'Vigente',
      overdue: 'En mora',
      closed: 'Cancelado',
    } satisfies Record<ProductSummary['status'], string>,
    total: 'Total',
    count: 'Sin productos | 1 producto | {n} productos',
    number: 'Número',
    balance: 'Saldo',
  },
  goodbye: {
    thanks: 'Gracias por usar {name}',
    timeoutTitle: 'Su sesión se cerró por inactividad',
    reasons: {
      logout: 'Su sesión se cerró de forma segura.',
      timeout: 'Por su seguridad nadie puede seguir donde usted la dejó. Para continuar, ingrese de nuevo.',
      expired: 'Su sesión expiró. Por su seguridad la cerramos.',
      revoked: 'Su sesión fue cerrada por la cooperativa.',
    },
    returning: 'Volveremos al inicio en {n} segundos.',
  },
  errors: {
    VALIDATION: 'Los datos ingresados no son válidos. Revíselos e intente de nuevo.',
    INVALID_CREDENTIALS: 'Clave incorrecta.',
    ACCOUNT_LOCKED: 'Su usuario está bloqueado. Acérquese a un asesor de la cooperativa para desbloquearlo.',
    SESSION_EXPIRED: 'Su sesión expiró. Vuelva a ingresar.',
    NOT_AUTHENTICATED: 'Debe ingresar de nuevo para continuar.',
    FORBIDDEN: 'Esta operación no está permitida en este equipo.',
    NOT_FOUND: 'No encontramos la información solicitada.',
    CONFLICT: 'La información cambió mientras la consultaba. Intente de nuevo.',
    RATE_LIMITED: 'Hubo demasiados intentos seguidos.',
    API_UNREACHABLE: 'No pudimos comunicarnos con la cooperativa. Intente de nuevo.',
    API_TIMEOUT: 'No pudimos comunicarnos con la cooperativa. Intente de nuevo.',
    SERVER_ERROR: 'No pudimos comunicarnos con la cooperativa. Intente de nuevo.',
    INTERNAL: 'Ocurrió un error inesperado. Si continúa, acérquese a un asesor.',
    SETUP_REQUIRED: 'Antes de continuar debe terminar de configurar su acceso.',
    VERIFICATION_REQUIRED: 'Por su seguridad, responda primero su pregunta de seguridad.',
    PASSWORD_POLICY: 'La nueva clave no cumple las reglas indicadas.',
    PASSWORD_REUSED: 'La nueva clave debe ser distinta de la actual y de la clave temporal.',
    SECURITY_ANSWER_WRONG: 'La respuesta no es correcta.',
    CODE_INVALID: 'El código no es correcto.',
    CODE_EXPIRED: 'El código venció o ya no es válido. Solicite uno nuevo.',
    ENROLLMENT_REFUSED:
      'Los datos no coinciden con nuestros registros, o ya tiene usuario en línea. Revíselos o acérquese a un asesor.',
    IDEMPOTENCY_MISMATCH: 'La operación cambió mientras se enviaba. Empiece de nuevo; no se movió dinero.',
    INSUFFICIENT_FUNDS: 'El saldo disponible no alcanza para esta operación (monto más costo).',
    LIMIT_EXCEEDED: 'La operación supera el tope por operación o por día de la cooperativa.',
    PRINTER_UNAVAILABLE:
      'La impresora de documentos no está disponible. Puede guardar el PDF o pedir ayuda a un asesor.',
    ATTEMPTS_EXHAUSTED:
      'Por seguridad ya no quedan intentos por hoy. Intente de nuevo mañana o acérquese a un asesor.',
    DEVICE_UNAUTHORIZED: 'La cooperativa no reconoce este quiosco. Acérquese a un asesor.',
    DEVICE_REVOKED: 'Este quiosco está fuera de servicio. Acérquese a un asesor.',
  } satisfies Record<ErrorCode, string>,
  errorDetails: {
    lockedForAWhile:
      'Su usuario está bloqueado temporalmente por claves incorrectas. Intente de nuevo en {n} minutos o acérquese a un asesor. | Su usuario está bloqueado temporalmente por claves incorrectas. Intente de nuevo en {n} minuto o acérquese a un asesor. | Su usuario está bloqueado temporalmente por claves incorrectas. Intente de nuevo en {n} minutos o acérquese a un asesor.',
    attemptsLeft: 'Le quedan {n} intentos. | Le queda {n} intento. | Le quedan {n} intentos.',
    retryAfter:
      'Espere {n} segundos e intente de nuevo. | Espere {n} segundo e intente de nuevo. | Espere {n} segundos e intente de nuevo.',
    retryAfterMinutes:
      'Espere {n} minutos e intente de nuevo. | Espere {n} minuto e intente de nuevo. | Espere {n} minutos e intente de nuevo.',
  },
}

export type MessageSchema = typeof es
