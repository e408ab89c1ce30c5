import type { Column } from './components/ScrollTable.vue'

/** Columns headed by the messages `${prefix}.${key}`; the `numeric` ones are aligned right. */
export function tableColumns(
  t: (key: string) => string,
  prefix: string,
  keys: readonly string[],
  numeric: readonly string[] = [],
): Column[] {
  return keys.map((key) => ({ key, label: t(`${prefix}.${key}`), numeric: numeric.includes(key) }))
}
