import { z } from 'zod'

export const PasswordPolicySchema = z
  .object({
    minLength: z.number().int().min(4).max(64),
    maxLength: z.number().int().min(4).max(64),
    requireUpper: z.boolean(),
    requireLower: z.boolean(),
    requireDigit: z.boolean(),
    requireSymbol: z.boolean(),
  })
  .refine((p) => p.minLength <= p.maxLength, 'minLength must not exceed maxLength')
  .meta({ id: 'PasswordPolicy' })
export type PasswordPolicy = z.infer<typeof PasswordPolicySchema>
