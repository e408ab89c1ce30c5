import type { Database } from '../db/database'
import { KioskError } from '../../shared/ipc/errors'

/** Where money enters from or leaves to outside the cooperative (another bank, through a gateway). */
export type ExternalParty = 'pse' | 'ach'

/**
 * One leg of a double-entry posting: a savings product, an internal account, or the outside world
 * (signed from the cooperative's side: money arriving through PSE is a negative external leg).
 */
export interface PostingLeg {
  account: { product: string } | { internal: 'clearing' | 'fee_income' } | { external: ExternalParty }
  amountMinor: number
  /** The line the member reads in the product's movements (product legs only). */
  description?: string
}

/**
 * Postings kept by a module outside payment_operations (its own operations table): it writes each leg,
 * and tells the invariant what entered or left the cooperative and which of its operations do not balance.
 */
export interface PostingBook {
  record(operationId: number, account: string, amountMinor: number, movementId: number | null): void
  /** Sum of its external legs: what left the cooperative minus what entered (negative: money came in). */
  externalMinor(): number
  unbalancedOperations(): number
}

export interface LedgerInvariant {
  /** The baseline, moved by exactly what the books recorded as entering or leaving the cooperative. */
  expectedMinor: number
  externalMinor: number
  savingsMinor: number
  clearingMinor: number
  feeIncomeMinor: number
  totalMinor: number
  /** Operations whose postings do not sum to zero (always 0 unless the file was edited by hand). */
  unbalancedOperations: number
  negativeAccounts: number
  holds: boolean
}

/**
 * The sandbox's double-entry ledger. Member accounts are savings products: their balance stays in
 * products.balance_minor (what the products screens show) and every posting on one also writes the
 * movement, with its running balance, that the statements list. Each operation is one SQLite
 * transaction opened with BEGIN IMMEDIATE, so it holds the write lock from its first read: two requests
 * (or two processes on one file) cannot both read a balance and then both spend it.
 */
export function createLedger(db: Database) {
  const debitProduct = db.prepare<{ id: string; amount: number }, { balance_minor: number }>(
    `UPDATE products SET balance_minor = balance_minor + @amount
     WHERE id = @id AND kind = 'savings' AND balance_minor + @amount >= 0 RETURNING balance_minor`,
  )
  const moveInternal = db.prepare<{ id: string; amount: number }, { balance_minor: number }>(
    `UPDATE payment_internal_accounts SET balance_minor = balance_minor + @amount
     WHERE id = @id AND balance_minor + @amount >= 0 RETURNING balance_minor`,
  )
  const insertMovement = db.prepare<[string, string, string, number, number]>(
    `INSERT INTO movements (product_id, posted_on, description, amount_minor, balance_minor)
     VALUES (?, ?, ?, ?, ?)`,
  )
  const insertPosting = db.prepare<[number, string, number, number | null]>(
    'INSERT INTO ledger_postings (operation_id, account, amount_minor, movement_id) VALUES (?, ?, ?, ?)',
  )
  const baseline = db.prepare<[], { total_minor: number }>(
    'SELECT total_minor FROM payment_baseline WHERE id = 1',
  )
  const takeBaseline = db.prepare<[number]>(
    `INSERT OR IGNORE INTO payment_baseline (id, total_minor, taken_at)
     SELECT 1, (SELECT coalesce(sum(balance_minor), 0) FROM products WHERE kind = 'savings')
       + (SELECT coalesce(sum(balance_minor), 0) FROM payment_internal_accounts), ?`,
  )
  const totals = db.prepare<
    [],
    { savings: number; clearing: number; fees: number; negative: number; unbalanced: number }
  >(
    `SELECT (SELECT coalesce(sum(balance_minor), 0) FROM products WHERE kind = 'savings') AS savings,
       (SELECT balance_minor FROM payment_internal_accounts WHERE id = 'clearing') AS clearing,
       (SELECT balance_minor FROM payment_internal_accounts WHERE id = 'fee_income') AS fees,
       (SELECT count(*) FROM products WHERE kind = 'savings' AND balance_minor < 0)
         + (SELECT count(*) FROM payment_internal_accounts WHERE balance_minor < 0) AS negative,
       (SELECT count(*) FROM (SELECT operation_id FROM ledger_postings GROUP BY operation_id
         HAVING sum(amount_minor) <> 0)) AS unbalanced`,
  )

  const mainBook = {
    record: (op: number, account: string, amount: number, movement: number | null) =>
      void insertPosting.run(op, account, amount, movement),
  }
  const books: PostingBook[] = []

  return {
    /** A module's own book joins the invariant (call once at start). */
    addBook(book: PostingBook): void {
      books.push(book)
    },

    /**
     * Runs `fn` in one BEGIN IMMEDIATE transaction: committed when it returns, rolled back when it
     * throws. Not nestable (money operations are never inside another transaction).
     */
    immediate<T>(fn: () => T): T {
      db.exec('BEGIN IMMEDIATE')
      try {
        const result = fn()
        db.exec('COMMIT')
        return result
      } catch (e) {
        db.exec('ROLLBACK')
        throw e
      }
    },

    /** The invariant's constant, taken once (the first start of a file with this module). */
    ensureBaseline(at: number): void {
      takeBaseline.run(at)
    },

    /**
     * Posts balanced legs inside the caller's transaction. A leg that would take an account below zero
     * throws INSUFFICIENT_FUNDS (the caller checked first; this is the last line, with the CHECK
     * constraints and the trigger of the schema behind it). Returns each product's balance after.
     * `record` writes the postings elsewhere (a module with its own operations table, as sandbox/bills).
     */
    post(
      operationId: number,
      postedOn: string,
      legs: readonly PostingLeg[],
      book: Pick<PostingBook, 'record'> = mainBook,
    ): Map<string, number> {
      if (legs.reduce((s, l) => s + l.amountMinor, 0) !== 0) throw new Error('unbalanced posting')
      const after = new Map<string, number>()
      for (const leg of legs) {
        if (leg.amountMinor === 0) continue
        if ('product' in leg.account) {
          const row = debitProduct.get({ id: leg.account.product, amount: leg.amountMinor })
          if (!row) throw new KioskError('INSUFFICIENT_FUNDS', 'The account cannot go below zero')
          const movement = insertMovement.run(
            leg.account.product,
            postedOn,
            leg.description ?? 'Movimiento',
            leg.amountMinor,
            row.balance_minor,
          )
          book.record(operationId, leg.account.product, leg.amountMinor, Number(movement.lastInsertRowid))
          after.set(leg.account.product, row.balance_minor)
        } else if ('internal' in leg.account) {
          const row = moveInternal.get({ id: leg.account.internal, amount: leg.amountMinor })
          if (!row) throw new KioskError('INSUFFICIENT_FUNDS', 'An internal account cannot go below zero')
          book.record(operationId, leg.account.internal, leg.amountMinor, null)
        } else book.record(operationId, `external:${leg.account.external}`, leg.amountMinor, null)
      }
      return after
    },

    invariant(): LedgerInvariant {
      const t = totals.get()!
      const externalMinor = books.reduce((s, b) => s + b.externalMinor(), 0)
      const unbalanced = t.unbalanced + books.reduce((s, b) => s + b.unbalancedOperations(), 0)
      const expectedMinor = (baseline.get()?.total_minor ?? 0) - externalMinor
      const totalMinor = t.savings + t.clearing + t.fees
      return {
        expectedMinor,
        externalMinor,
        savingsMinor: t.savings,
        clearingMinor: t.clearing,
        feeIncomeMinor: t.fees,
        totalMinor,
        unbalancedOperations: unbalanced,
        negativeAccounts: t.negative,
        holds: totalMinor === expectedMinor && unbalanced === 0 && t.negative === 0,
      }
    },
  }
}
export type Ledger = ReturnType<typeof createLedger>
