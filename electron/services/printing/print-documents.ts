import type { PdfRequest, ReceiptRequest } from '../../../shared/ipc/printing-contract'
import { createDocumentRegistry, type PrintRegistries } from './document-registry'
import type { PrintContext } from './print-context'
import type { PrintData } from './print-data'
import { registerMemberDataDocuments } from './member-data-documents'
import { registerPaymentsDocuments } from './payments-documents'
import { registerProductsDocuments } from './products-documents'
import { registerSimulatorsDocuments } from './simulators-documents'

/** Each feature that prints registers its documents; a new feature with documents adds itself here. */
export const DOCUMENT_REGISTRATIONS: readonly ((registries: PrintRegistries) => void)[] = [
  registerProductsDocuments,
  registerPaymentsDocuments,
  registerSimulatorsDocuments,
  registerMemberDataDocuments,
]

export function createPrintRegistries(
  registrations: readonly ((registries: PrintRegistries) => void)[] = DOCUMENT_REGISTRATIONS,
): PrintRegistries {
  const registries: PrintRegistries = {
    receipts: createDocumentRegistry('receipt'),
    pdfs: createDocumentRegistry('pdf'),
  }
  for (const register of registrations) register(registries)
  return registries
}

const documents = createPrintRegistries()

/** Fetches what a request needs and builds the receipt that prints it. */
export const buildReceipt = (data: PrintData, request: ReceiptRequest, ctx: PrintContext) =>
  documents.receipts.build(request, ctx, data)

/** Fetches what a request needs and builds the PDF that shows it. */
export const buildPdf = (data: PrintData, request: PdfRequest, ctx: PrintContext) =>
  documents.pdfs.build(request, ctx, data)
