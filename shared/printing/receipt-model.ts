/**
 * Kept only for shared/ipc/printing-contract.ts, whose import of the paper widths points here; the
 * receipt model itself lives in electron/services/printing. Delete once that import names printer-config.
 */
export { ReceiptColumnsSchema } from './printer-config'
