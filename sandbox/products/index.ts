import type { Database } from '../db/database'
import type { ProductKind } from '../../shared/api/member'
import type {
  CardStatement,
  ConsolidatedPosition,
  MovementsPage,
  MovementsQuery,
  ProductDetail,
  ProductsOfKind,
} from '../../shared/api/products'
import { KioskError } from '../../shared/ipc/errors'
import { cutoffDate } from '../calendar'
import type { CooperativeProfile } from '../profiles'
import { cardStatementOf } from './card-statement'
import { createCertificates } from './certificates'
import { detailOf, type DetailContext } from './details'
import { WITHHOLDING_BP } from './ledger-rules'
import { createMovementQueries } from './movements'
import { positionOf } from './position'
import { createProductStore } from './store'

/** The products feature of the sandbox: position, tabs, details, movements, card statements, certificates. */
export function createSandboxProducts(db: Database, profile: CooperativeProfile, now: () => Date) {
  const store = createProductStore(db)
  const currency = profile.currency
  const movements = createMovementQueries(db, store, currency)
  const cutoff = () => cutoffDate(now())
  const context = (): DetailContext => ({
    store,
    currency,
    cutoff: cutoff(),
    withholdingBp: WITHHOLDING_BP[profile.id],
  })
  const owned = (memberId: number, productId: string) => {
    const p = store.productOf(memberId, productId)
    if (!p) throw new KioskError('NOT_FOUND', 'No such product')
    return p
  }

  return {
    position(memberId: number): ConsolidatedPosition {
      const ctx = context()
      const rows = store.productsOf(memberId)
      const details = rows.map((p) => detailOf(p, ctx))
      const monthly = new Map(rows.map((p) => [p.id, p.monthly_payment_minor]))
      return positionOf(details, monthly, currency, ctx.cutoff)
    },
    ofKind(memberId: number, kind: ProductKind): ProductsOfKind {
      const ctx = context()
      const products = store
        .productsOf(memberId)
        .filter((p) => p.kind === kind)
        .map((p) => detailOf(p, ctx))
      return { kind, cutoffDate: ctx.cutoff, products }
    },
    detail: (memberId: number, productId: string): ProductDetail =>
      detailOf(owned(memberId, productId), context()),
    movements: (memberId: number, productId: string, query: MovementsQuery): MovementsPage =>
      movements.page(owned(memberId, productId), query),
    cardStatement: (memberId: number, productId: string, period?: string): CardStatement =>
      cardStatementOf(owned(memberId, productId), store, currency, cutoff(), period),
    certificates: createCertificates({ db, store, profile, now, cutoff }),
  }
}
export type SandboxProducts = ReturnType<typeof createSandboxProducts>
