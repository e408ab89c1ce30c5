import { CODE_PAGES, codePageChar } from '../../shared/printing/code-pages'
import { CODE_PAGE_IDS, type CodePage } from '../../shared/printing/printer-config'

/**
 * A small ESC/POS reader for tests: it understands exactly the commands the kiosk sends and fails on
 * anything else, so a stray byte sequence shows up as a test failure rather than as garbage on paper.
 */
export interface DecodedLine {
  text: string
  align: 'left' | 'center' | 'right'
  bold: boolean
  /** Height and width multipliers (GS ! or ESC !). */
  height: number
  width: number
}

export type DecodedEvent =
  | { kind: 'init' }
  | { kind: 'codePage'; table: number }
  | { kind: 'qrStore'; data: string }
  | { kind: 'qrPrint' }
  | { kind: 'qrSetting'; fn: 'model' | 'size' | 'correction'; value: number }
  | { kind: 'feed'; lines: number }
  | { kind: 'cut'; partial: boolean }
  | { kind: 'line'; line: DecodedLine }

export interface DecodedReceipt {
  events: DecodedEvent[]
  lines: DecodedLine[]
  /** Table numbers selected with ESC t, in order. */
  codePages: number[]
  qr: string[]
  cuts: number
}

export class EscPosDecodeError extends Error {
  override name = 'EscPosDecodeError'
}

const TABLE_TO_PAGE = new Map<number, CodePage>(CODE_PAGE_IDS.map((id) => [CODE_PAGES[id].escPosTable, id]))

export function decodeEscPos(bytes: Uint8Array): DecodedReceipt {
  const events: DecodedEvent[] = []
  let i = 0
  let page: CodePage | undefined // PC437 after ESC @: the kiosk must select its table before any accent
  let align: DecodedLine['align'] = 'left'
  let bold = false
  let height = 1
  let width = 1
  let text = ''
  let lineStyle: Omit<DecodedLine, 'text'> | undefined

  const need = (n: number, what: string) => {
    if (i + n > bytes.length) throw new EscPosDecodeError(`truncated ${what} at byte ${i}`)
  }
  const byte = (k: number) => bytes[i + k]!
  const reset = () => {
    page = undefined
    align = 'left'
    bold = false
    height = 1
    width = 1
  }
  const endLine = () => {
    const style = lineStyle ?? { align, bold, height, width }
    events.push({ kind: 'line', line: { text, ...style } })
    text = ''
    lineStyle = undefined
  }

  while (i < bytes.length) {
    const b = byte(0)
    if (b === 0x0a) {
      endLine()
      i += 1
    } else if (b === 0x1b) {
      need(2, 'ESC')
      const cmd = byte(1)
      if (cmd === 0x40) {
        events.push({ kind: 'init' })
        reset()
        i += 2
        continue
      }
      need(3, `ESC ${cmd.toString(16)}`)
      const n = byte(2)
      switch (cmd) {
        case 0x74: // ESC t n
          events.push({ kind: 'codePage', table: n })
          page = TABLE_TO_PAGE.get(n)
          if (!page) throw new EscPosDecodeError(`ESC t ${n}: a table this decoder does not know`)
          break
        case 0x61: // ESC a n
          align = (['left', 'center', 'right'] as const)[n % 48] ?? 'left'
          break
        case 0x45: // ESC E n
          bold = (n & 1) === 1
          break
        case 0x21: // ESC ! n: bit 4 double height, bit 5 double width
          height = n & 0x10 ? 2 : 1
          width = n & 0x20 ? 2 : 1
          break
        case 0x64: // ESC d n
          if (text) endLine()
          events.push({ kind: 'feed', lines: n })
          break
        default:
          throw new EscPosDecodeError(`unknown ESC 0x${cmd.toString(16)} at byte ${i}`)
      }
      i += 3
    } else if (b === 0x1d) {
      need(3, 'GS')
      const cmd = byte(1)
      if (cmd === 0x21) {
        // GS ! n: low nibble height - 1, high nibble width - 1
        const n = byte(2)
        height = (n & 0x0f) + 1
        width = (n >> 4) + 1
        i += 3
      } else if (cmd === 0x56) {
        // GS V m [n]
        const m = byte(2)
        if (text) endLine()
        events.push({ kind: 'cut', partial: m === 1 || m === 49 || m === 66 })
        i += m === 65 || m === 66 ? 4 : 3
      } else if (cmd === 0x28 && byte(2) === 0x6b) {
        // GS ( k pL pH cn fn ...
        need(7, 'GS ( k')
        const len = byte(3) + byte(4) * 256
        need(5 + len, 'GS ( k data')
        const cn = byte(5)
        const fn = byte(6)
        if (cn !== 0x31) throw new EscPosDecodeError(`GS ( k for symbol type ${cn}, not QR`)
        const params = bytes.subarray(i + 7, i + 5 + len)
        if (fn === 0x50)
          events.push({ kind: 'qrStore', data: Buffer.from(params.subarray(1)).toString('latin1') })
        else if (fn === 0x51) events.push({ kind: 'qrPrint' })
        else if (fn === 0x41) events.push({ kind: 'qrSetting', fn: 'model', value: params[0]! })
        else if (fn === 0x43) events.push({ kind: 'qrSetting', fn: 'size', value: params[0]! })
        else if (fn === 0x45) events.push({ kind: 'qrSetting', fn: 'correction', value: params[0]! })
        else throw new EscPosDecodeError(`GS ( k QR function 0x${fn.toString(16)}`)
        i += 5 + len
      } else {
        throw new EscPosDecodeError(`unknown GS 0x${cmd.toString(16)} at byte ${i}`)
      }
    } else if (b >= 0x20) {
      if (!text) lineStyle = { align, bold, height, width }
      const ch = b < 0x80 ? String.fromCharCode(b) : page ? codePageChar(b, page) : undefined
      if (ch === undefined)
        throw new EscPosDecodeError(`byte 0x${b.toString(16)} at ${i} with no code page that has it`)
      text += ch
      i += 1
    } else {
      throw new EscPosDecodeError(`unexpected control byte 0x${b.toString(16)} at ${i}`)
    }
  }
  if (text) endLine()
  return {
    events,
    lines: events.flatMap((e) => (e.kind === 'line' ? [e.line] : [])),
    codePages: events.flatMap((e) => (e.kind === 'codePage' ? [e.table] : [])),
    qr: events.flatMap((e) => (e.kind === 'qrStore' ? [e.data] : [])),
    cuts: events.filter((e) => e.kind === 'cut').length,
  }
}
