import { createHash, randomBytes } from 'node:crypto'
import type {
  BillChallenge,
  BillReceipt,
  CardPay,
  CardPaymentOptions,
  OtherCard,
  OtherCardAdd,
  OtherCardDraft,
  OwnCard,
} from '../../shared/api/bills'
import { KioskError } from '../../shared/ipc/errors'
import type { Database } from '../db/database'
import type { Challenges } from '../payments/challenges'
import { canonicalJson } from '../payments/transfers'
import { minimumPaymentOf } from '../products/ledger-rules'
import type { ProfileId } from '../profiles'
import { luhnValid, OTHER_BANKS } from './catalogue'
import type { BillMoney, PaymentPlan } from './money'
import { periodOf } from './services'

/** Paying another bank's card goes through ACH and costs a flat fee; the cooperative's own cards are free. */
export const OTHER_CARD_FEE_MINOR: Record<ProfileId, number> = { co: 350_000, pa: 100 }

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
const maskCard = (n: string) => `${n.slice(0, 4)} **** **** ${n.slice(-4)}`

interface CardRow {
  id: string
  name: string
  balance_minor: number
  card_number: string
}

/**
 * Card payments (seed 002 "Pago Tarjetas"): the cooperative's cards (minimum, total or another amount,
 * lowering the card's balance) and other banks' cards, registered once with a code, then paid any amount.
 */
export function createCards(deps: {
  db: Database
  now: () => Date
  profile: ProfileId
  challenges: Challenges
  money: BillMoney
}) {
  const { db, now, profile, challenges, money } = deps
  const banks = OTHER_BANKS[profile]

  const ownCards = db.prepare<[number], CardRow>(
    `SELECT p.id, p.name, p.balance_minor, json_extract(t.terms, '$.cardNumber') AS card_number
     FROM products p JOIN product_terms t ON t.product_id = p.id
     WHERE p.member_id = ? AND p.kind = 'card' AND p.status <> 'closed' ORDER BY p.sort_order`,
  )
  const closingOf = db.prepare<[string, string], { balance_minor: number }>(
    `SELECT balance_minor FROM movements WHERE product_id = ? AND posted_on < ?
     ORDER BY posted_on DESC, id DESC LIMIT 1`,
  )
  const paidThisMonth = db.prepare<[string, string], { total: number }>(
    `SELECT coalesce(sum(amount_minor), 0) AS total FROM bill_operations
     WHERE kind = 'card_own' AND target_id = ? AND period = ?`,
  )
  const otherCards = db.prepare<[number], { id: string; bank_id: string; card_number: string }>(
    'SELECT id, bank_id, card_number FROM bill_other_cards WHERE member_id = ? ORDER BY created_at, id',
  )
  const otherCard = db.prepare<[string, number], { id: string; bank_id: string; card_number: string }>(
    'SELECT id, bank_id, card_number FROM bill_other_cards WHERE id = ? AND member_id = ?',
  )
  const already = db.prepare<[number, string, string], { id: string }>(
    'SELECT id FROM bill_other_cards WHERE member_id = ? AND bank_id = ? AND card_number = ?',
  )
  const insert = db.prepare(
    `INSERT INTO bill_other_cards (id, member_id, bank_id, card_number, created_at)
     VALUES (@id, @memberId, @bankId, @cardNumber, @t)`,
  )

  const bankOf = (id: string) => {
    const b = banks.find((x) => x.id === id)
    if (!b) throw new KioskError('NOT_FOUND', 'No such bank')
    return b
  }

  function ownView(c: CardRow): OwnCard {
    const at = now()
    const total = Math.max(0, c.balance_minor)
    const monthStart = `${periodOf(at)}-01`
    const closing = closingOf.get(c.id, monthStart)?.balance_minor ?? 0
    const paid = paidThisMonth.get(c.id, periodOf(at))!.total
    const minimum = Math.min(total, Math.max(0, minimumPaymentOf(closing) - paid))
    return {
      productId: c.id,
      name: c.name,
      maskedCardNumber: maskCard(c.card_number),
      total: money.m(total),
      minimum: money.m(minimum),
    }
  }
  const otherView = (r: { id: string; bank_id: string; card_number: string }): OtherCard => ({
    id: r.id,
    bankName: bankOf(r.bank_id).name,
    maskedCardNumber: maskCard(r.card_number),
  })

  function check(memberId: number, d: OtherCardDraft) {
    const bank = bankOf(d.bankId)
    if (!luhnValid(d.cardNumber))
      throw new KioskError('VALIDATION', 'Not a card number', {
        issues: [{ path: 'cardNumber', message: 'check digit' }],
      })
    if (already.get(memberId, d.bankId, d.cardNumber))
      throw new KioskError('CONFLICT', 'That card is already registered')
    return bank
  }
  const fingerprint = (d: OtherCardDraft) =>
    sha256(canonicalJson({ purpose: 'card', bank: d.bankId, card: d.cardNumber }))

  function planFor(memberId: number, body: CardPay): PaymentPlan {
    const origin = money.own(memberId, body.originAccountId)
    const amount = body.amount.amountMinor
    if (body.card.kind === 'own') {
      const { productId, option } = body.card
      const row = ownCards.all(memberId).find((c) => c.id === productId)
      if (!row) throw new KioskError('NOT_FOUND', 'No such card of yours')
      const card = ownView(row)
      const expected =
        option === 'minimum' ? card.minimum.amountMinor : option === 'total' ? card.total.amountMinor : null
      if (expected === 0 || card.total.amountMinor === 0) throw new KioskError('CONFLICT', 'Nothing is owed')
      if ((expected !== null && amount !== expected) || amount > card.total.amountMinor)
        throw new KioskError('VALIDATION', 'The amount is not the option chosen, or more than is owed', {
          issues: [{ path: 'amount', message: `at most ${card.total.amountMinor}` }],
        })
      return {
        kind: 'card_own',
        origin,
        targetId: productId,
        period: periodOf(now()),
        amountMinor: amount,
        feeMinor: 0,
        automatic: false,
        destination: { name: row.name, maskedNumber: card.maskedCardNumber },
        description: `Pago tarjeta ${card.maskedCardNumber}`,
        cardProductId: productId,
      }
    }
    const other = otherCard.get(body.card.cardId, memberId)
    if (!other) throw new KioskError('NOT_FOUND', 'No such card of yours')
    const view = otherView(other)
    return {
      kind: 'card_other',
      origin,
      targetId: other.id,
      period: null,
      amountMinor: amount,
      feeMinor: OTHER_CARD_FEE_MINOR[profile],
      automatic: false,
      destination: { name: view.bankName, maskedNumber: view.maskedCardNumber },
      description: `Pago tarjeta ${view.bankName} ${view.maskedCardNumber}`,
    }
  }

  return {
    options: (memberId: number): CardPaymentOptions => ({
      own: ownCards.all(memberId).map(ownView),
      other: otherCards.all(memberId).map(otherView),
      banks,
    }),

    authorize(memberId: number, draft: OtherCardDraft): BillChallenge {
      const bank = check(memberId, draft)
      return challenges.issue(memberId, 'bill', fingerprint(draft), {
        purpose: 'card',
        bankName: bank.name,
        maskedCardNumber: maskCard(draft.cardNumber),
      })
    },

    add(memberId: number, body: OtherCardAdd): OtherCard {
      let refusal: KioskError | null = null
      const id = randomBytes(12).toString('base64url')
      db.transaction(() => {
        check(memberId, body)
        refusal = challenges.check(memberId, 'bill', body.challengeId, fingerprint(body), body.code)
        if (refusal) return
        insert.run({ id, memberId, bankId: body.bankId, cardNumber: body.cardNumber, t: now().getTime() })
      })()
      if (refusal) throw refusal
      return otherView(otherCard.get(id, memberId)!)
    },

    pay(memberId: number, key: string, body: CardPay, requestId: string): Promise<BillReceipt> {
      if (body.amount.currency !== money.currency)
        throw new KioskError('VALIDATION', `Payments are in ${money.currency}`)
      return money.keyed(memberId, key, 'cardPay', body, requestId, () => planFor(memberId, body))
    },
  }
}
export type Cards = ReturnType<typeof createCards>
