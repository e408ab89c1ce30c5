import packageJson from '../../../package.json'
import { MAINTENANCE_SERVICE } from '../../../shared/ipc/services'
import { registerService } from '../../ipc/register-service'
import { createMaintenanceService } from '../../services/maintenance-service'
import { journalFiles } from '../../services/payments/journal-files'
import { readTcpPrinterStatus } from '../../services/printing/printer-status'
import { defineFeature } from '../feature'
import { receiptTransport } from './printing-feature'

/** The maintenance screen's service: branch IT's sign-in, printer status and test page, diagnostics. */
export const maintenanceFeature = defineFeature((ctx) => {
  const { config, api, auth, emit, logger, clock, journal } = ctx
  const p = config.printer
  return {
    name: 'maintenance',
    handlers: registerService(
      MAINTENANCE_SERVICE,
      createMaintenanceService({
        api,
        auth,
        config,
        clock,
        logger,
        emit,
        journal,
        printer: {
          // DLE EOT answers come back on the network port only; an OS printer's status is the OS's.
          readStatus:
            p.kind === 'tcp' ? () => readTcpPrinterStatus({ url: p.url, timeoutMs: p.timeoutMs }) : null,
          transport: receiptTransport(p),
        },
        version: packageJson.version,
        runtime: {
          node: process.versions.node,
          electron: process.versions.electron ?? null,
          platform: `${process.platform}-${process.arch}`,
        },
        journalFiles: journalFiles({
          file: ctx.journalFile,
          exportDir: ctx.exportDir,
          kioskId: config.kioskId,
          now: () => new Date(clock.now()),
        }),
      }),
    ),
  }
})
