// Tests read receipts with the decoder the virtual printer's page uses.
export * from '../../../sandbox/virtual-printer/escpos-decoder'
