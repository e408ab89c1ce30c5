import type { KioskConfig, Language } from '../../shared/config/kiosk-config'
import { KioskError } from '../../shared/ipc/errors'
import type {
  About,
  Connectivity,
  JournalCheck,
  JournalExport,
  MaintenanceProfile,
  PrinterStatus,
  TestPageResult,
} from '../../shared/ipc/services/maintenance'
import type { EmitEvent } from '../ipc/registry'
import type { ApiClient } from './api-client'
import type { AuthService } from './auth-service'
import type { KioskJournal } from './kiosk-journal'
import type { ServiceLogger } from './logger'
import { recordMaintenanceAction, type MaintenanceAction } from './maintenance-audit'
import type { JournalFiles } from './payments/journal-files'
import { encodeReceipt } from './printing/escpos-encoder'
import type { PrinterStatusReading } from './printing/printer-status'
import { toPrintError, type PrinterTransport } from './printing/printer-transport'
import { layoutReceipt, type ReceiptDocument } from './printing/receipt-model'
import type { Clock } from './session-timer'

export interface MaintenanceService {
  signIn(input: { username: string; password: string }): Promise<MaintenanceProfile>
  signOut(): Promise<{ ok: true }>
  me(): Promise<MaintenanceProfile>
  printerStatus(): Promise<PrinterStatus>
  testPage(input: { language: Language }): Promise<TestPageResult>
  connectivity(): Promise<Connectivity>
  about(): Promise<About>
  journalVerify(): Promise<JournalCheck>
  journalExport(): Promise<JournalExport>
}

export interface MaintenanceServiceDeps {
  api: ApiClient
  auth: AuthService
  config: KioskConfig
  clock: Clock
  logger: ServiceLogger
  emit: EmitEvent
  journal: Pick<KioskJournal, 'lines' | 'events' | 'startedAt'>
  /** The receipt printer: how to ask its status (network printers only) and where the test page goes. */
  printer: { readStatus: (() => Promise<PrinterStatusReading>) | null; transport: PrinterTransport | null }
  version: string
  runtime: About['runtime']
  /** The payments electronic journal: verified and exported from its file. */
  journalFiles: JournalFiles
}

/** Test-page texts, es and en: what IT reads on paper. */
const TEST_PAGE: Record<
  Language,
  { title: string; kiosk: string; branch: string; chars: string; end: string }
> = {
  es: {
    title: 'Página de prueba',
    kiosk: 'Kiosco',
    branch: 'Sucursal',
    chars: 'Caracteres',
    end: 'Fin de la prueba',
  },
  en: { title: 'Test page', kiosk: 'Kiosk', branch: 'Branch', chars: 'Characters', end: 'End of test' },
}

/** Branch IT's screen at the kiosk: sign-in with the `it` role, printer, connectivity, version, events. */
export function createMaintenanceService(deps: MaintenanceServiceDeps): MaintenanceService {
  const { api, auth, config, clock, logger, emit, journal, printer } = deps
  const terminalId = config.kioskId
  const record = (action: MaintenanceAction, result: string, technician?: string | null) =>
    recordMaintenanceAction({ api, logger, auth, terminalId }, action, result, technician ?? undefined)
  let profile: MaintenanceProfile | null = null
  const iso = (ms: number) => new Date(ms).toISOString()

  /**
   * Every maintenance call moves the session's idle expiry, at the API and here. With the API down the
   * screen keeps working (it is how IT sees the outage) until the last known expiry.
   */
  async function touch(): Promise<MaintenanceProfile> {
    try {
      const me = await auth.withMaintenanceToken((token) => api.call('staffMe', undefined, token))
      auth.maintenanceActive(me.expiresAt)
      if (profile) profile = { ...profile, expiresAt: me.expiresAt }
    } catch (e) {
      const code = e instanceof KioskError ? e.code : 'INTERNAL'
      if (code === 'SESSION_EXPIRED' || code === 'NOT_AUTHENTICATED' || code === 'FORBIDDEN') throw e
    }
    if (!profile) throw new KioskError('FORBIDDEN', 'no maintenance session')
    return profile
  }

  return {
    async signIn({ username, password }) {
      // Whoever was at the kiosk leaves first: the technician never inherits a member's session.
      await auth.logout()
      let res
      try {
        res = await api.call('staffSignIn', { username, password, terminalId })
      } catch (e) {
        await record('sign-in', e instanceof KioskError ? e.code : 'INTERNAL', username)
        throw e
      }
      const { token, ...staff } = res
      if (!staff.roles.includes('it')) {
        // A teller or supervisor has no business here: the staff session just opened is closed again.
        await api.call('staffSignOut', undefined, token).catch(() => undefined)
        await record('sign-in', 'FORBIDDEN', staff.username)
        throw new KioskError('FORBIDDEN', 'the maintenance screen needs the it role')
      }
      profile = { username: staff.username, displayName: staff.displayName, expiresAt: staff.expiresAt }
      const mine = profile
      auth.holdMaintenance({
        technician: staff.username,
        token,
        expiresAt: staff.expiresAt,
        onEnded: (reason) => {
          if (profile === mine) profile = null
          void record('session-ended', reason, mine.username)
          try {
            emit('maintenance.ended', { reason })
          } catch {
            // A closing shell may refuse the event; the session is over regardless.
          }
        },
      })
      await record('sign-in', 'ok')
      return profile
    },

    async signOut() {
      // Audited first: ending the session ends the token the audit is posted with.
      await record('sign-out', 'ok')
      await auth.endMaintenance()
      return { ok: true }
    },

    me: touch,

    async printerStatus() {
      await touch()
      const p = config.printer
      const base = {
        kind: p.kind,
        target: p.kind === 'tcp' ? p.url : p.kind === 'system' ? p.name : null,
        online: null,
        coverOpen: null,
        paper: null,
        error: null,
      }
      const checkedAt = () => iso(clock.now())
      if (p.kind === 'none') return { ...base, state: 'not_configured', checkedAt: checkedAt() }
      if (!printer.readStatus) return { ...base, state: 'unsupported', checkedAt: checkedAt() }
      let status: PrinterStatus
      try {
        const r = await printer.readStatus()
        const stopped = !r.online || r.coverOpen || r.paper === 'out' || r.error
        status = {
          ...base,
          state: stopped ? 'offline' : r.paper === 'near-end' ? 'attention' : 'ok',
          online: r.online,
          coverOpen: r.coverOpen,
          paper: r.paper === 'near-end' ? 'near_end' : r.paper,
          error: r.error,
          checkedAt: checkedAt(),
        }
      } catch (e) {
        const reason = toPrintError(e).reason
        status = {
          ...base,
          state: reason === 'unreachable' ? 'unreachable' : 'no_answer',
          checkedAt: checkedAt(),
        }
      }
      await record('printer-status', status.state)
      return status
    },

    async testPage({ language }) {
      await touch()
      if (!printer.transport || config.printer.kind === 'none') {
        await record('test-page', 'not_configured')
        return { status: 'failed', reason: 'not_configured' }
      }
      const l = TEST_PAGE[language]
      const layout = { columns: config.printer.columns, codePage: config.printer.codePage }
      const ruler = '1234567890'.repeat(5).slice(0, layout.columns)
      const doc: ReceiptDocument = {
        title: l.title,
        blocks: [
          { type: 'heading', text: config.cooperative.name },
          { type: 'text', text: l.title, align: 'center', bold: true },
          { type: 'rule', char: '=' },
          { type: 'pair', label: l.kiosk, value: config.kioskId },
          { type: 'pair', label: l.branch, value: config.branch.name },
          { type: 'text', text: iso(clock.now()) },
          { type: 'rule' },
          { type: 'text', text: `${l.chars}: ñ Ñ á é í ó ú ü É ¿ ¡` },
          { type: 'text', text: ruler },
          { type: 'rule' },
          { type: 'text', text: l.end, align: 'center' },
        ],
      }
      try {
        await printer.transport.send(encodeReceipt(layoutReceipt(doc, layout), layout))
      } catch (e) {
        const reason = toPrintError(e).reason
        await record('test-page', reason)
        return { status: 'failed', reason }
      }
      await record('test-page', 'printed')
      return { status: 'printed' }
    },

    async connectivity() {
      await touch()
      const origin = new URL(config.api.baseUrl).origin
      const sent = clock.now()
      const started = performance.now()
      let result: Connectivity
      try {
        const health = await api.call('health', undefined)
        const latencyMs = Math.round(performance.now() - started)
        const received = clock.now()
        result = {
          api: origin,
          reachable: true,
          latencyMs,
          // The API stamped its time somewhere in the round trip: its midpoint is the best guess.
          clockOffsetMs: Math.round(Date.parse(health.time) - (sent + received) / 2),
          apiVersion: health.version,
          failure: null,
          checkedAt: iso(received),
        }
      } catch (e) {
        result = {
          api: origin,
          reachable: false,
          latencyMs: null,
          clockOffsetMs: null,
          apiVersion: null,
          failure: e instanceof KioskError ? e.code : 'INTERNAL',
          checkedAt: iso(clock.now()),
        }
      }
      await record('connectivity', result.reachable ? 'reachable' : (result.failure ?? 'unreachable'))
      return result
    },

    async about() {
      await touch()
      return {
        version: deps.version,
        runtime: deps.runtime,
        startedAt: journal.startedAt,
        config: describeConfig(config),
        events: journal.events().toReversed().slice(0, 20),
        log: journal.lines().toReversed().slice(0, 50),
      }
    },

    async journalVerify() {
      await touch()
      const check = deps.journalFiles.verify()
      await record(
        'journal-verify',
        check.broken
          ? `broken at line ${check.broken.line} (${check.broken.reason})`
          : `intact, ${check.entries} entries`,
      )
      return check
    },

    async journalExport() {
      await touch()
      let out: JournalExport
      try {
        out = deps.journalFiles.export()
      } catch (e) {
        logger.error(
          { err: e instanceof Error ? e.message : String(e) },
          'maintenance: journal export failed',
        )
        await record('journal-export', 'failed')
        throw new KioskError('INTERNAL', 'the journal could not be exported')
      }
      await record('journal-export', `${out.entries} entries${out.intact ? '' : ' (chain broken)'}`)
      return out
    },
  }
}

/**
 * The configuration IT may read on screen: a whitelist of fields, so that whatever secret a later
 * field holds (a device key, a token) is never shown. The API URL is reduced to its origin.
 */
export function describeConfig(c: KioskConfig): About['config'] {
  const p = c.printer
  const entries: [string, string | number | boolean | undefined][] = [
    ['kioskId', c.kioskId],
    ['branch', `${c.branch.id} · ${c.branch.name}`],
    ['cooperative', c.cooperative.name],
    ['api.baseUrl', new URL(c.api.baseUrl).origin],
    ['api.timeoutMs', c.api.timeoutMs],
    ['api.retries', c.api.retries],
    ['language', c.language],
    ['locale', c.locale],
    ['currency', c.currency],
    ['session.idleSeconds', c.session.idleSeconds],
    ['session.warningSeconds', c.session.warningSeconds],
    ['kiosk.fullscreen', c.kiosk.fullscreen],
    ['kiosk.devTools', c.kiosk.devTools],
    ['printer.kind', p.kind],
    ['printer.url', p.kind === 'tcp' ? p.url : undefined],
    ['printer.name', p.kind === 'system' ? p.name : undefined],
    ['printer.columns', p.kind === 'none' ? undefined : p.columns],
    ['printer.codePage', p.kind === 'none' ? undefined : p.codePage],
    ['printer.timeoutMs', p.kind === 'none' ? undefined : p.timeoutMs],
    ['pdf.saveDir', c.pdf.saveDir],
    ['pdf.printer', c.pdf.printer],
  ]
  return entries.filter(([, v]) => v !== undefined).map(([key, value]) => ({ key, value: String(value) }))
}
