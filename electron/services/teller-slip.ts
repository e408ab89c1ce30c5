import type { Language } from '../../shared/config/kiosk-config'
import type { TellerMember } from '../../shared/api/teller'
import type { ReceiptDocument } from './printing/receipt-model'

/** Words of the sealed slip, printed only (no screen shows a key). Spanish is the source. */
const es = {
  title: 'Clave temporal - sobre sellado',
  member: 'Asociado',
  idNumber: 'Documento',
  branch: 'Oficina',
  terminal: 'Caja',
  issued: 'Emitida',
  fold: 'Doble por la línea y entréguelo cerrado: solo el asociado lo abre.',
  foldHere: '- - - - - - - doble aquí - - - - - - -',
  yourKey: 'Su clave temporal',
  expires: 'Vence',
  howTo:
    'Sirve una sola vez. En el kiosco ingrese su número de documento y esta clave: se le pedirá una clave ' +
    'nueva y que elija su imagen y frase de seguridad. No la comparta; la cooperativa nunca se la pedirá.',
}
const en: typeof es = {
  title: 'Temporary key - sealed slip',
  member: 'Member',
  idNumber: 'ID number',
  branch: 'Branch',
  terminal: 'Desk',
  issued: 'Issued',
  fold: 'Fold along the line and hand it over closed: only the member opens it.',
  foldHere: '- - - - - - - fold here - - - - - - -',
  yourKey: 'Your temporary key',
  expires: 'Expires',
  howTo:
    'It works once. At the kiosk type your ID number and this key: you will be asked for a new password ' +
    'and to choose your security image and phrase. Do not share it; the cooperative will never ask for it.',
}
export const SLIP_WORDS: Record<Language, typeof es> = { es, en }

export interface SlipContext {
  cooperative: { name: string }
  branch: { name: string }
  terminalId: string
  locale: string
  language: Language
  /** Epoch ms of printing. */
  printedAt: number
}

const maskId = (id: string) => `****${id.slice(-4)}`

/**
 * The sealed slip of a desk activation: who and where above the fold, the key alone below it, after
 * enough blank paper that the folded slip hides it.
 */
export function buildSlip(member: TellerMember, key: string, ctx: SlipContext): ReceiptDocument {
  const w = SLIP_WORDS[ctx.language]
  const when = (ms: number) =>
    new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(ms))
  const expiresAt = member.access.temporaryKey ? Date.parse(member.access.temporaryKey.expiresAt) : null
  return {
    title: w.title,
    blocks: [
      { type: 'heading', text: ctx.cooperative.name },
      { type: 'text', text: w.title, align: 'center', bold: true },
      { type: 'rule' },
      { type: 'pair', label: w.member, value: member.fullName },
      { type: 'pair', label: w.idNumber, value: maskId(member.idNumber) },
      { type: 'pair', label: w.branch, value: ctx.branch.name },
      { type: 'pair', label: w.terminal, value: ctx.terminalId },
      { type: 'pair', label: w.issued, value: when(ctx.printedAt) },
      { type: 'text', text: w.fold },
      { type: 'feed', lines: 2 },
      { type: 'text', text: w.foldHere, align: 'center' },
      { type: 'feed', lines: 8 },
      { type: 'text', text: w.yourKey, align: 'center' },
      { type: 'heading', text: key },
      ...(expiresAt === null ? [] : [{ type: 'pair' as const, label: w.expires, value: when(expiresAt) }]),
      { type: 'text', text: w.howTo },
      { type: 'feed', lines: 2 },
    ],
  }
}
