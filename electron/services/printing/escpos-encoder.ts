import { BreakLine, CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer'
import type { CodePage, ReceiptColumns } from '../../../shared/printing/printer-config'
import { CODE_PAGES } from '../../../shared/printing/code-pages'
import type { ReceiptLine } from './receipt-model'

/** ESC @: clears the printer's modes, including its code table, so the table is chosen after it. */
const ESC_INIT = Buffer.from([0x1b, 0x40])

export interface EncodeOptions {
  columns: ReceiptColumns
  codePage: CodePage
}

/**
 * Laid-out receipt lines → ESC/POS bytes for an Epson-compatible printer, through node-thermal-printer:
 * ESC @ (reset), ESC t n (the code page), per line ESC a (alignment), ESC E (bold), GS ! (size) and the
 * text in the code page, GS ( k for QR symbols, then feed and GS V (cut).
 */
export function encodeReceipt(lines: readonly ReceiptLine[], { columns, codePage }: EncodeOptions): Buffer {
  // No interface: this printer object only composes bytes; a transport sends them.
  const printer = new ThermalPrinter({
    type: PrinterTypes.EPSON,
    interface: '',
    width: columns,
    // Lines arrive laid out to the width already; the library must not fold them again.
    breakLine: BreakLine.NONE,
  })
  printer.add(ESC_INIT)
  printer.setCharacterSet(CharacterSet[CODE_PAGES[codePage].libraryName])
  let bold = false
  let doubleHeight = false
  let align: 'left' | 'center' | null = null
  const setAlign = (a: 'left' | 'center') => {
    if (align === a) return
    if (a === 'center') printer.alignCenter()
    else printer.alignLeft()
    align = a
  }
  for (const line of lines) {
    if (line.kind === 'qr') {
      setAlign('center')
      printer.printQR(line.data, { cellSize: 6, correction: 'M', model: 2 })
      printer.newLine()
      continue
    }
    setAlign(line.align)
    if (line.bold !== bold) {
      printer.bold(line.bold)
      bold = line.bold
    }
    if (line.doubleHeight !== doubleHeight) {
      // The library writes GS ! with its arguments swapped (height in the width nibble): (0, 1) is
      // 0x01, double height at normal width, so the line keeps its column count.
      printer.setTextSize(0, line.doubleHeight ? 1 : 0)
      doubleHeight = line.doubleHeight
    }
    printer.println(line.text)
  }
  if (bold) printer.bold(false)
  if (doubleHeight) printer.setTextSize(0, 0)
  printer.alignLeft()
  printer.cut()
  return Buffer.from(printer.getBuffer())
}
