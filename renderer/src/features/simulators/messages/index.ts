import { useKioskI18n, type MessageKey } from '@/i18n/typed'
import type { SimulatorsMessages } from './es'
import type { SimulatorsTileMessages } from './tiles'

type Messages = { simulators: SimulatorsMessages & SimulatorsTileMessages }
/** A simulators key, for texts chosen in code (tiles, columns, statuses). */
export type SimulatorsKey = MessageKey<Messages>

/** `t` for the simulators screens: the core's keys and `simulators.…`, checked by vue-tsc. */
export const useSimulatorsI18n = () => useKioskI18n<Messages>()
