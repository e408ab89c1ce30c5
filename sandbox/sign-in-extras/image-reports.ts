import { createHmac } from 'node:crypto'
import type { Database } from '../db/database'
import type { ImageReportResponse } from '../../shared/api/sign-in-extras'
import { HELP_DEFAULTS } from '../../shared/config/help-defaults'
import type { CooperativeProfile } from '../profiles'

export interface ImageReportDeps {
  db: Database
  secret: string
  profile: CooperativeProfile
  now: () => Date
}

/**
 * "No es mi imagen" (seed 004): a member saw a picture or phrase that is not theirs, so the kiosk may be
 * fake or their image known. The report is a security event the teller desk shows; the member is told
 * the cooperative's service number and a reference. Unknown IDs get the same answer and leave no row.
 */
export function createImageReports({ db, secret, profile, now }: ImageReportDeps) {
  const memberOf = db.prepare<[string, string], { id: number }>(
    `SELECT id FROM members WHERE online_user = 1 AND (id_number = ? OR username = ? COLLATE NOCASE)`,
  )
  const insert = db.prepare(
    `INSERT INTO security_events (member_id, kind, kiosk_id, reference, at) VALUES (?, 'image-reported', ?, ?, ?)`,
  )
  const [line] = HELP_DEFAULTS[profile.id].callCentre
  if (!line) throw new Error(`profile ${profile.id} has no call centre number`)

  return {
    report(idNumber: string, kioskId: string): ImageReportResponse {
      const at = now()
      const id = idNumber.toUpperCase()
      const reference =
        'SEG-' +
        createHmac('sha256', secret)
          .update(`report|${id}|${at.getTime()}`)
          .digest('hex')
          .slice(0, 8)
          .toUpperCase()
      const member = memberOf.get(id, idNumber)
      if (member) insert.run(member.id, kioskId, reference, at.getTime())
      return { reference, reportedAt: at.toISOString(), serviceNumber: line }
    },
  }
}
