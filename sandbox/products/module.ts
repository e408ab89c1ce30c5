import type { SandboxModule } from '../modules/sandbox-module'
import { createSandboxProducts } from './index'
import { backfillProductExtras } from './backfill'
import { createProductHandlers } from './handlers'
import { PRODUCTS_MIGRATIONS } from './migrations'
import { generateProductExtras, insertProductExtras } from './seed-extras'

type ProductRouteName = keyof ReturnType<typeof createProductHandlers>

/** Position, tabs per kind, details, movements, card statements and certificates. */
export const productsModule: SandboxModule<ProductRouteName> = {
  name: 'products',
  migrations: PRODUCTS_MIGRATIONS,
  seed: ({ db, profile, data }) => {
    const insertProduct = db.prepare(
      `INSERT INTO products (id, member_id, sort_order, kind, name, number, status, opened_on,
         opening_balance_minor, balance_minor, monthly_payment_minor)
       VALUES (@id, @memberId, @sortOrder, @kind, @name, @number, @status, @openedOn, @openingBalanceMinor,
         @balanceMinor, @monthlyPaymentMinor)`,
    )
    const insertMovement = db.prepare(
      `INSERT INTO movements (product_id, posted_on, description, amount_minor, balance_minor)
       VALUES (?, ?, ?, ?, ?)`,
    )
    return (memberIds) => {
      data.members.forEach(({ products }, i) =>
        products.forEach(({ movements, ...p }, sortOrder) => {
          insertProduct.run({ ...p, memberId: memberIds[i], sortOrder })
          for (const m of movements)
            insertMovement.run(p.id, m.postedOn, m.description, m.amountMinor, m.balanceMinor)
        }),
      )
      insertProductExtras(db, generateProductExtras(data, profile))
    }
  },
  start: ({ db, profile, now, meta, sessions }) => {
    // Files seeded before products had terms, schedules and guarantors get them back (see backfill.ts).
    backfillProductExtras(db, profile, new Date(meta.seededAt))
    return {
      handlers: createProductHandlers(sessions, createSandboxProducts(db, profile, now)),
      provides: undefined,
    }
  },
}
