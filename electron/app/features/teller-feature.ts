import { TELLER_SERVICE } from '../../../shared/ipc/services'
import { registerService } from '../../ipc/register-service'
import { encodeReceipt } from '../../services/printing/escpos-encoder'
import { toPrintError } from '../../services/printing/printer-transport'
import { layoutReceipt } from '../../services/printing/receipt-model'
import { createTellerService, type SlipOutcome } from '../../services/teller-service'
import { defineFeature } from '../feature'
import { receiptTransport } from './printing-feature'

/** Teller mode's desk: lookup, actions, audit; sealed slips on this PC's receipt printer. */
export const tellerFeature = defineFeature(({ config, api, auth, logger, clock }) => {
  const transport = receiptTransport(config.printer)
  const layout =
    config.printer.kind === 'none'
      ? { columns: 42 as const, codePage: 'PC850' as const }
      : { columns: config.printer.columns, codePage: config.printer.codePage }
  const teller = createTellerService({
    api,
    auth,
    logger,
    async printSlip(doc): Promise<SlipOutcome> {
      if (!transport) return { printed: false, reason: 'not_configured' }
      const bytes = encodeReceipt(layoutReceipt(doc, layout), layout)
      try {
        await transport.send(bytes)
        return { printed: true }
      } catch (e) {
        // The error's message is not logged: only the reason and where the printer is.
        const { reason } = toPrintError(e)
        logger.warn({ reason, target: transport.target }, 'teller: slip not printed')
        return { printed: false, reason }
      }
    },
    slipContext: (language) => ({
      cooperative: config.cooperative,
      branch: config.branch,
      terminalId: config.kioskId,
      locale: config.locale,
      language,
      printedAt: clock.now(),
    }),
  })
  return {
    name: 'teller',
    handlers: registerService(TELLER_SERVICE, {
      lookup: teller.lookup,
      act: teller.act,
      printSlipAgain: () => teller.printSlipAgain(),
      audit: teller.audit,
    }),
    dispose: () => teller.dispose(),
  }
})
