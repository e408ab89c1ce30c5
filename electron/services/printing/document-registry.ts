import type { PdfRequest, ReceiptRequest } from '../../../shared/ipc/printing-contract'
import type { PdfDocument } from '../pdf/document-frame'
import type { PrintContext } from './print-context'
import type { PrintData } from './print-data'
import type { ReceiptDocument } from './receipt-model'

/** Fetches what one kind of request needs (through the services) and composes its document. */
export type DocumentBuilder<Req, Doc> = (request: Req, ctx: PrintContext, data: PrintData) => Promise<Doc>

/**
 * Printable documents of one medium (receipts, or PDFs) by request kind. Each feature registers its own
 * builders, so a new document is one builder file and one `register` call, not an edit of a switch.
 * The kinds are those the IPC contract accepts (`ReceiptRequest['kind']`, `PdfRequest['kind']`).
 */
export interface DocumentRegistry<Req extends { kind: string }, Doc> {
  register<K extends Req['kind']>(kind: K, build: DocumentBuilder<Extract<Req, { kind: K }>, Doc>): this
  build(request: Req, ctx: PrintContext, data: PrintData): Promise<Doc>
  readonly kinds: readonly Req['kind'][]
}

/** Where each printing feature registers its documents, one registry per medium. */
export interface PrintRegistries {
  receipts: DocumentRegistry<ReceiptRequest, ReceiptDocument>
  pdfs: DocumentRegistry<PdfRequest, PdfDocument>
}

/** `medium` names the registry in errors ("receipt", "pdf"). */
export function createDocumentRegistry<Req extends { kind: string }, Doc>(
  medium: string,
): DocumentRegistry<Req, Doc> {
  const builders = new Map<string, DocumentBuilder<Req, Doc>>()
  return {
    register(kind, build) {
      // Two features claiming one kind would print whichever registered last: refuse it at start-up.
      if (builders.has(kind)) throw new Error(`${medium} "${kind}" is registered twice`)
      builders.set(kind, build as DocumentBuilder<Req, Doc>)
      return this
    },
    async build(request, ctx, data) {
      const build = builders.get(request.kind)
      // The contract accepted a kind nobody builds: a wiring bug, not the member's mistake.
      if (!build) throw new Error(`no ${medium} builder for "${request.kind}"`)
      return build(request, ctx, data)
    },
    get kinds() {
      return [...builders.keys()] as Req['kind'][]
    },
  }
}
