/**
 * The part of pdfmake's document definition the kiosk uses, typed here rather than through
 * @types/pdfmake: that package starts with `/// <reference lib="dom" />`, which would put the DOM in
 * every main-process file's types (window, document, a different fetch BodyInit) the moment one file
 * imports it. The shapes follow pdfmake 0.3's documentation.
 */
export type Margins = [number, number, number, number]
export type Width = number | '*' | 'auto'

export interface Style {
  font?: string
  fontSize?: number
  bold?: boolean
  color?: string
  fillColor?: string
  margin?: Margins
  characterSpacing?: number
}
export type StyleDictionary = Record<string, Style>

interface NodeProps {
  style?: string
  margin?: Margins
  alignment?: 'left' | 'center' | 'right'
  noWrap?: boolean
  colSpan?: number
  width?: Width
}
export interface TextNode extends NodeProps {
  text: string
}
export interface TableNode extends NodeProps {
  layout?: 'noBorders' | 'lightHorizontalLines' | 'headerLineOnly'
  table: { headerRows?: number; dontBreakRows?: boolean; widths: Width[]; body: TableCell[][] }
}
export interface ColumnsNode extends NodeProps {
  columns: Content[]
}
export interface StackNode extends NodeProps {
  stack: Content[]
}
/** pdfmake draws the QR symbol itself (vector), from text. */
export interface QrNode extends NodeProps {
  qr: string
  fit?: number
  eccLevel?: 'L' | 'M' | 'Q' | 'H'
}
export type Content = string | TextNode | TableNode | ColumnsNode | StackNode | QrNode
export type TableCell = Content

export interface DocumentDefinition {
  pageSize: 'LETTER' | 'A4'
  pageMargins: Margins
  info: { title: string; author: string; creator: string; producer: string }
  defaultStyle: Style
  styles: StyleDictionary
  content: Content[]
  footer?: (page: number, pages: number) => Content
}

/** pdfmake's server-side entry point (its `index.js` singleton). */
export interface PdfMake {
  addFonts(fonts: Record<string, Record<string, string>>): void
  setUrlAccessPolicy(allow: (url: string) => boolean): void
  setLocalAccessPolicy(allow: (path: string) => boolean): void
  createPdf(doc: DocumentDefinition): { getBuffer(): Promise<Uint8Array> }
}
