import { useKioskI18n, type MessageKey } from '@/i18n/typed'
import type { DeviceMessages } from './es'

type Messages = { device: DeviceMessages }
export type DeviceKey = MessageKey<Messages>

/** `t` for the device screens: the core's keys and `device.…`, checked by vue-tsc. */
export const useDeviceI18n = () => useKioskI18n<Messages>()
