import { afterAll, describe, expect, it } from 'vitest'
import { ProductsOfKindSchema } from '../../shared/api/products'
import { openDatabase } from '../db/open'
import { signInDemo, startTestSandbox, tempDir } from '../testing/harness'

const temp = tempDir()
afterAll(() => temp.remove())

describe('a data file seeded before the products migration', () => {
  it('gets its products’ terms, amortization tables and guarantors back on the next start', async () => {
    const dataFile = `${temp.dir}/old.db`
    const first = await startTestSandbox({ profile: 'co', dataFile })
    await first.close()
    // What a file seeded by the first slice looks like: products, no extras.
    const { db } = openDatabase(dataFile, { reset: false })
    db.exec('DELETE FROM product_terms; DELETE FROM loan_installments; DELETE FROM guarantors;')
    db.close()

    const sb = await startTestSandbox({ profile: 'co', dataFile })
    try {
      const token = await signInDemo(sb.http, 'co', 'active')
      const loans = ProductsOfKindSchema.parse(
        (await sb.http.get('/v1/members/me/products/loan', { token })).body,
      )
      const [loan] = loans.products
      if (loan?.kind !== 'loan') throw new Error('no loan')
      expect(loan.loan.amortization).toHaveLength(60)
      expect(loan.loan.guarantors.length).toBeGreaterThan(0)
    } finally {
      await sb.close()
    }
  })
})
