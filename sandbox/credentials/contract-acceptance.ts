import type { Database } from '../db/database'
import type { EmailServices } from '../../shared/api/credentials'

const NO_SERVICES: EmailServices = { generalStatement: false, cardStatement: false, promotions: false }

/** Contract acceptances (version and time) and the e-mail services a member opted into. */
export function createContractAcceptance(db: Database, now: () => Date) {
  const accept = db.prepare(
    `INSERT INTO contract_acceptances (member_id, version, accepted_at, kiosk_id) VALUES (?, ?, ?, ?)
     ON CONFLICT (member_id, version) DO NOTHING`,
  )
  const latest = db.prepare<[number], { version: string; accepted_at: number }>(
    'SELECT version, accepted_at FROM contract_acceptances WHERE member_id = ? ORDER BY accepted_at DESC LIMIT 1',
  )
  const services = db.prepare<
    [number],
    { general_statement: 0 | 1; card_statement: 0 | 1; promotions: 0 | 1 }
  >('SELECT general_statement, card_statement, promotions FROM email_services WHERE member_id = ?')
  const saveServices = db.prepare(
    `INSERT INTO email_services (member_id, general_statement, card_statement, promotions, updated_at)
     VALUES (@memberId, @general, @card, @promotions, @at)
     ON CONFLICT (member_id) DO UPDATE SET general_statement = excluded.general_statement,
       card_statement = excluded.card_statement, promotions = excluded.promotions, updated_at = excluded.updated_at`,
  )
  function setEmailServices(memberId: number, s: EmailServices): void {
    saveServices.run({
      memberId,
      general: s.generalStatement ? 1 : 0,
      card: s.cardStatement ? 1 : 0,
      promotions: s.promotions ? 1 : 0,
      at: now().getTime(),
    })
  }

  return {
    /** Records the acceptance (version, time, kiosk) and the e-mail services chosen with it, together. */
    accept(memberId: number, version: string, kioskId: string | null, services: EmailServices): void {
      db.transaction(() => {
        accept.run(memberId, version, now().getTime(), kioskId)
        setEmailServices(memberId, services)
      })()
    },
    latest(memberId: number): { version: string; acceptedAt: Date } | null {
      const row = latest.get(memberId)
      return row ? { version: row.version, acceptedAt: new Date(row.accepted_at) } : null
    },
    emailServices(memberId: number): EmailServices {
      const row = services.get(memberId)
      if (!row) return NO_SERVICES
      return {
        generalStatement: row.general_statement === 1,
        cardStatement: row.card_statement === 1,
        promotions: row.promotions === 1,
      }
    },
    setEmailServices,
  }
}
export type ContractAcceptance = ReturnType<typeof createContractAcceptance>
