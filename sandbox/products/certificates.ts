import type { Database } from '../db/database'
import {
  CertificateSchema,
  CERTIFICATE_KINDS,
  PRODUCT_NATURE,
  type AnnualTaxCertificate,
  type Certificate,
  type CertificateOptions,
  type CertificateRequest,
  type CertificateVerification,
} from '../../shared/api/products'
import { KioskError } from '../../shared/ipc/errors'
import { money, sumMoney, type CurrencyCode } from '../../shared/money/money'
import { maskAccountNumber, maskName, maskTail } from '../auth/mask'
import { wholeMonthsSince } from '../calendar'
import type { CooperativeProfile } from '../profiles'
import { newCertificateCode } from './certificate-code'
import { INTEREST_EARNED_DESCRIPTIONS, shareBp, WITHHOLDING_BP } from './ledger-rules'
import { summaryOf } from './details'
import type { ProductStore } from './store'

export interface CertificateDeps {
  db: Database
  store: ProductStore
  profile: CooperativeProfile
  now: () => Date
  cutoff: () => string
  newCode?: () => string
}

/** Issues, stores and checks certificates. A stored certificate never changes: its code names it. */
export function createCertificates({
  db,
  store,
  profile,
  now,
  cutoff,
  newCode = newCertificateCode,
}: CertificateDeps) {
  const currency: CurrencyCode = profile.currency
  const m = (n: number) => money(n, currency)
  const insert = db.prepare(
    'INSERT INTO certificates (code, member_id, kind, issued_at, body) VALUES (?, ?, ?, ?, ?)',
  )
  const own = db.prepare<[string, number], { body: string }>(
    'SELECT body FROM certificates WHERE code = ? AND member_id = ?',
  )
  const byCode = db.prepare<[string], { kind: Certificate['kind']; issued_at: number; full_name: string }>(
    `SELECT c.kind, c.issued_at, m.full_name FROM certificates c JOIN members m ON m.id = c.member_id
     WHERE c.code = ?`,
  )

  /** Tax certificates cover closed calendar years in which the member had movements. */
  const taxYears = (memberId: number) =>
    store.yearsOfMember(memberId).filter((y) => y < now().getUTCFullYear())

  function annualTax(memberId: number, year: number): AnnualTaxCertificate {
    const from = `${year}-01-01`
    const to = `${year}-12-31`
    const withholdingBp = WITHHOLDING_BP[profile.id]
    const lines = store
      .productsOf(memberId)
      .filter((p) => p.opened_on <= to)
      .map((p) => {
        const earned =
          PRODUCT_NATURE[p.kind] === 'asset'
            ? INTEREST_EARNED_DESCRIPTIONS.reduce((s, d) => s + store.sumOfDescription(p.id, d, from, to), 0)
            : 0
        const paid = p.kind === 'loan' ? store.interestPaid(p.id, from, to) : 0
        return {
          productId: p.id,
          kind: p.kind,
          name: p.name,
          maskedNumber: maskAccountNumber(p.number),
          balanceAtYearEnd: m(store.lastOnOrBefore(p.id, to)?.balance_minor ?? p.opening_balance_minor),
          interestEarned: m(earned),
          interestPaid: m(paid),
          withheld: m(shareBp(earned, withholdingBp)),
        }
      })
    const total = (pick: (l: (typeof lines)[number]) => ReturnType<typeof m>) =>
      sumMoney(lines.map(pick), currency)
    const ofNature = (n: 'asset' | 'liability') =>
      sumMoney(
        lines.filter((l) => PRODUCT_NATURE[l.kind] === n).map((l) => l.balanceAtYearEnd),
        currency,
      )
    return {
      year,
      lines,
      totals: {
        interestEarned: total((l) => l.interestEarned),
        interestPaid: total((l) => l.interestPaid),
        withheld: total((l) => l.withheld),
        assetsAtYearEnd: ofNature('asset'),
        liabilitiesAtYearEnd: ofNature('liability'),
      },
    }
  }

  function body(memberId: number, req: CertificateRequest) {
    const asOf = cutoff()
    switch (req.kind) {
      case 'membership': {
        const member = store.member(memberId)!
        const contributions = store
          .productsOf(memberId)
          .filter((p) => p.kind === 'contribution')
          .map((p) => ({
            productId: p.id,
            name: p.name,
            maskedNumber: maskAccountNumber(p.number),
            balance: m(p.balance_minor),
          }))
        return {
          kind: 'membership' as const,
          membership: {
            asOf,
            seniorityMonths: wholeMonthsSince(member.joined_on, now()),
            contributions,
            contributionsTotal: sumMoney(
              contributions.map((c) => c.balance),
              currency,
            ),
          },
        }
      }
      case 'product_balance': {
        const p = store.productOf(memberId, req.productId)
        if (!p) throw new KioskError('NOT_FOUND', 'No such product')
        return {
          kind: 'product_balance' as const,
          productBalance: {
            asOf,
            product: { ...summaryOf(p, currency), openedOn: p.opened_on },
            balance: m(p.balance_minor),
          },
        }
      }
      case 'annual_tax': {
        if (!taxYears(memberId).includes(req.year))
          throw new KioskError('VALIDATION', 'No tax certificate for that year', {
            issues: [{ path: 'year', message: 'not a closed year with movements' }],
          })
        return { kind: 'annual_tax' as const, annualTax: annualTax(memberId, req.year) }
      }
    }
  }

  return {
    options(memberId: number): CertificateOptions {
      return {
        kinds: [...CERTIFICATE_KINDS],
        products: store
          .productsOf(memberId)
          .filter((p) => p.status !== 'closed')
          .map((p) => summaryOf(p, currency)),
        taxYears: taxYears(memberId),
      }
    },

    issue(memberId: number, req: CertificateRequest): Certificate {
      const member = store.member(memberId)
      if (!member) throw new KioskError('SESSION_EXPIRED', 'Member no longer exists')
      const issuedAt = now()
      const certificate = CertificateSchema.parse({
        code: newCode(),
        issuedAt: issuedAt.toISOString(),
        cooperativeName: profile.name,
        holder: {
          fullName: member.full_name,
          maskedIdNumber: maskTail(member.id_number),
          memberNumber: member.member_number,
          joinedOn: member.joined_on,
        },
        ...body(memberId, req),
      })
      db.transaction(() => {
        insert.run(
          certificate.code,
          memberId,
          certificate.kind,
          issuedAt.getTime(),
          JSON.stringify(certificate),
        )
      })()
      return certificate
    },

    /** One of the member's own certificates; another member's code looks unknown. */
    get(memberId: number, code: string): Certificate {
      const row = own.get(code, memberId)
      if (!row) throw new KioskError('NOT_FOUND', 'No such certificate')
      return CertificateSchema.parse(JSON.parse(row.body))
    },

    /** Public: enough to match a paper certificate (kind, masked name, date), nothing more. */
    verify(code: string): CertificateVerification {
      const row = byCode.get(code)
      if (!row) throw new KioskError('NOT_FOUND', 'Unknown verification code')
      return {
        valid: true,
        code,
        kind: row.kind,
        maskedName: maskName(row.full_name),
        issuedAt: new Date(row.issued_at).toISOString(),
        cooperativeName: profile.name,
      }
    },
  }
}
export type Certificates = ReturnType<typeof createCertificates>
