/**
 * What a demo member holds, in major currency units (pesos, dollars; decimals allowed) for readability;
 * the generator turns each plan into integer minor units and 12 months of movements.
 */
export type ProductPlan =
  /** Aportes sociales: grows by a fixed monthly contribution. */
  | { kind: 'contribution'; name: string; opening: number; monthly: number }
  /**
   * Deposits, withdrawals and monthly interest; never below zero. `movementsPerMonth` makes a busy
   * account (a shop's), for statements with thousands of movements.
   */
  | { kind: 'savings'; name: string; opening: number; movementsPerMonth?: number }
  /** French amortisation; `paidBefore` installments were paid before the 12-month window. */
  | {
      kind: 'loan'
      name: string
      principal: number
      termMonths: number
      /** Monthly interest rate in basis points (115 = 1.15 % per month). */
      monthlyRateBp: number
      paidBefore: number
      /** The last N months were not paid: the loan shows as overdue. */
      overdueMonths?: number
    }
  /** CDAT / plazo fijo: monthly interest capitalised. */
  | { kind: 'term_deposit'; name: string; principal: number; annualRateBp: number }
  /** Purchases and payments against a limit; the balance is what is owed. */
  | { kind: 'card'; name: string; limit: number }
  /**
   * A fixed monthly charge paid each month except the last, which is pending at cut-off. For a payroll
   * deduction (descuento de nómina) the charge is what the payroll entity deducts.
   */
  | { kind: 'other_obligation' | 'insurance' | 'deduction'; name: string; monthly: number }
