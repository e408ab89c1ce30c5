import { z } from 'zod'
import { CURRENCY_DIGITS, type CurrencyCode } from './currencies'

export const CurrencyCodeSchema = z.enum(Object.keys(CURRENCY_DIGITS) as [CurrencyCode, ...CurrencyCode[]])

/** Money is always an integer count of minor units (centavos) plus its currency: never a float. */
export const MoneySchema = z
  .object({
    amountMinor: z.number().int().refine(Number.isSafeInteger, 'amountMinor must be a safe integer'),
    currency: CurrencyCodeSchema,
  })
  .meta({ id: 'Money', description: 'Integer minor units (e.g. centavos) and ISO 4217 currency' })
export type Money = z.infer<typeof MoneySchema>
