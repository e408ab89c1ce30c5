import type { TermsOfUse } from '../../shared/api/sign-in-extras'
import type { CooperativeProfile } from '../profiles'

/**
 * Seed 003's "Al ingresar… aceptas los términos y condiciones de uso": the kiosk's terms of use, per
 * cooperative. Not the service contract a member accepts once during first setup.
 */
export function termsOfUse(profile: CooperativeProfile): TermsOfUse {
  const name = profile.shortName
  return {
    version: '2026-01',
    es: {
      title: `Términos y condiciones de uso del kiosco de ${name}`,
      paragraphs: [
        `Este kiosco es un canal de autoservicio de ${profile.name}. Al ingresar con su usuario y clave acepta estos términos.`,
        'Su clave es personal e intransferible. Escríbala solo en el teclado de la pantalla, que cambia de orden cada vez, y no la comparta con nadie, ni siquiera con funcionarios de la cooperativa.',
        'Antes de escribir su clave verifique su imagen y su frase de seguridad. Si no son las suyas, no continúe y toque «No es mi imagen».',
        'Las operaciones que haga en el kiosco quedan registradas con la fecha, la hora y el kiosco, y tienen la misma validez que las hechas en la oficina.',
        'La sesión se cierra sola después de unos minutos sin uso. Al terminar toque «Salida segura» y retire sus comprobantes.',
        'La cooperativa trata sus datos personales según su política de tratamiento de datos, que puede consultar en cualquier oficina.',
      ],
    },
    en: {
      title: `Terms of use of the ${name} kiosk`,
      paragraphs: [
        `This kiosk is a self-service channel of ${profile.name}. By signing in with your user and password you accept these terms.`,
        'Your password is personal and not transferable. Type it only on the on-screen keyboard, which changes order every time, and never share it with anyone, not even the cooperative’s staff.',
        'Before you type your password, check your security picture and phrase. If they are not yours, do not go on: tap "It is not my picture".',
        'What you do at the kiosk is recorded with the date, time and kiosk, and is as valid as what you do at a branch.',
        'The session ends by itself after a few minutes without use. When you finish, tap "Safe exit" and take your receipts.',
        'The cooperative handles your personal data under its data policy, which you can read at any branch.',
      ],
    },
  }
}
