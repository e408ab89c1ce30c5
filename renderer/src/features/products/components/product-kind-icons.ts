import type { ProductKind } from '@shared/api/member'
import type { IconName } from '@/components/icons'

/** The icon of each product kind, the same on the home groups and the product tabs. */
export const PRODUCT_KIND_ICONS: Record<ProductKind, IconName> = {
  contribution: 'users',
  savings: 'trendingUp',
  loan: 'cash',
  term_deposit: 'calendar',
  card: 'card',
  other_obligation: 'file',
  deduction: 'percent',
  insurance: 'umbrella',
}
