import { useKioskI18n, type MessageKey } from '@/i18n/typed'
import type { ProductsMessages } from './es'
import type { ProductsTileMessages } from './tiles'

type Messages = { myProducts: ProductsMessages & ProductsTileMessages }
/** A products key, for texts chosen in code (buttons, columns). */
export type ProductsKey = MessageKey<Messages>
export type ProductField = keyof ProductsMessages['fields']

/** `t` for the products screens: the core's keys and `myProducts.…`, checked by vue-tsc. */
export const useProductsI18n = () => useKioskI18n<Messages>()
