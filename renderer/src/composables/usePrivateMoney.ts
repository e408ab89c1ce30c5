import type { Money } from '@shared/money/money'
import { useFormatters } from './useFormatters'
import { usePrivacyStore } from '@/stores/privacy'

/** What stands for a hidden amount: the same for every figure, so nothing about its size shows. */
export const HIDDEN_AMOUNT = '••••••'

/** Money that shows only after "Mostrar valores" (see stores/privacy). */
export function usePrivateMoney() {
  const { money } = useFormatters()
  const privacy = usePrivacyStore()
  return (m: Money): string => (privacy.shown ? money(m) : HIDDEN_AMOUNT)
}
