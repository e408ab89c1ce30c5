import type { MemberSummary, ProductSummary } from '../../../shared/api/member'
import { KioskError } from '../../../shared/ipc/errors'
import type { ApiClient } from '../api-client'
import type { AuthService } from '../auth-service'
import { createMemberService, type MemberService } from '../member-service'
import { createMemberDataService, type MemberDataService } from '../member-data/member-data-service'
import { createReceiptReader, type ReceiptReader } from '../payments/receipt-reader'
import { createProductsService, type ProductsService } from '../products-service'
import { createSimulatorsService, type SimulatorsService } from '../simulators-service'

/**
 * What documents are made of: the same services the screens read, with the member's session (never
 * data from the renderer). Printing calls no API route itself, so paging and errors exist once.
 */
export interface PrintData {
  member: MemberService
  products: ProductsService
  payments: ReceiptReader
  simulators: SimulatorsService
  memberData: MemberDataService
}

export function createPrintData(deps: { api: ApiClient; auth: AuthService }): PrintData {
  return {
    member: createMemberService(deps),
    products: createProductsService(deps),
    payments: createReceiptReader(deps),
    simulators: createSimulatorsService(deps),
    memberData: createMemberDataService(deps),
  }
}

/** The product as the member summary lists it; NOT_FOUND when the member has no such product. */
export function memberProduct(member: MemberSummary, productId: string): ProductSummary {
  const p = member.products.find((x) => x.id === productId)
  if (!p) throw new KioskError('NOT_FOUND', `no product ${productId} for this member`)
  return p
}
