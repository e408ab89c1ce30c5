import { useKioskI18n } from '@/i18n/typed'
import type { MaintenanceMessages } from './es'

/** `t` for the maintenance screens: the core's keys and `maintenance.…`, checked by vue-tsc. */
export const useMaintenanceI18n = () => useKioskI18n<{ maintenance: MaintenanceMessages }>()
