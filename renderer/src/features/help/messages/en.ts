import type { HelpMessages } from './es'

export const helpEn: HelpMessages = {
  button: 'Help',
  buttonLabel: 'Help with this screen',
  title: 'Help and contact',
  thisScreen: 'On this screen',
  faq: 'Frequently asked questions',
  contact: 'Contact',
  channels: 'Contact channels',
  callCentre: 'Helpline',
  branchHours: 'Branch hours',
  back: 'Back',
  forgotUser: 'Forgot your user?',
  kinds: { phone: 'Phone', whatsapp: 'WhatsApp', email: 'E-mail', web: 'Web', branch: 'Branch' },
}
