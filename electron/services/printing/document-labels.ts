import type { Language } from '../../../shared/config/kiosk-config'
import { PRODUCTS_LABELS, type ProductsLabels } from '../../../shared/labels/products-labels'

/**
 * Words only paper has (the screens never show them). Everything the screens show too comes from the
 * shared label source, so both read alike. Spanish is the source; English must have the same keys.
 */
const es = {
  header: { kiosk: 'Equipo', branch: 'Oficina', cutoff: 'Fecha de corte' },
  titles: { miniStatement: 'Extracto de movimientos', statement: 'Estado de cuenta' },
  statement: {
    product: 'Producto',
    period: 'Periodo',
    lastN: 'Últimos {n} movimientos',
    amount: 'Valor',
    count: 'Movimientos',
  },
  position: { total: 'Total', none: 'No posee productos.' },
  thanks: 'Gracias por usar nuestros servicios.',
}

type PaperWords = typeof es

const en: PaperWords = {
  header: { kiosk: 'Kiosk', branch: 'Branch', cutoff: 'Cut-off date' },
  titles: { miniStatement: 'Mini statement', statement: 'Account statement' },
  statement: {
    product: 'Product',
    period: 'Period',
    lastN: 'Last {n} movements',
    amount: 'Amount',
    count: 'Movements',
  },
  position: { total: 'Total', none: 'No products.' },
  thanks: 'Thank you for using our services.',
}

/** Words on receipts and PDFs: the screens' labels, plus paper's own under `paper`. */
export type DocumentLabels = ProductsLabels & { paper: PaperWords }

export const DOCUMENT_LABELS: Record<Language, DocumentLabels> = {
  es: { ...PRODUCTS_LABELS.es, paper: es },
  en: { ...PRODUCTS_LABELS.en, paper: en },
}
