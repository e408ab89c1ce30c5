/** The help feature's texts (eager: the help button is on every screen). */
export const helpEs = {
  button: 'Ayuda',
  buttonLabel: 'Ayuda sobre esta pantalla',
  title: 'Ayuda y contacto',
  thisScreen: 'En esta pantalla',
  faq: 'Preguntas frecuentes',
  contact: 'Contacto',
  channels: 'Canales de atención',
  callCentre: 'Línea de atención',
  branchHours: 'Horario de oficinas',
  back: 'Volver',
  forgotUser: '¿Olvidó su usuario?',
  kinds: { phone: 'Teléfono', whatsapp: 'WhatsApp', email: 'Correo', web: 'Web', branch: 'Oficina' },
}
export type HelpMessages = typeof helpEs
