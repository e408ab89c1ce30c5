import type { Translate } from '@/i18n/typed'
import type { Column } from './components/ScrollTable.vue'

/** Columns headed by the messages `${prefix}.${key}`; the `numeric` ones are aligned right. */
export function tableColumns<Prefix extends string, Key extends string>(
  t: Translate<NoInfer<`${Prefix}.${Key}`>>,
  prefix: Prefix,
  keys: readonly Key[],
  numeric: readonly NoInfer<Key>[] = [],
): Column[] {
  return keys.map((key) => ({
    key,
    label: t(`${prefix}.${key}` as `${Prefix}.${Key}`),
    numeric: numeric.includes(key),
  }))
}
