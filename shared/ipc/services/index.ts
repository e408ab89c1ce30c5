import { ACH_SERVICE } from './ach'
import { AUTH_SERVICE, SESSION_SERVICE } from './auth'
import { BENEFICIARIES_SERVICE } from './beneficiaries'
import { BILLS_SERVICE } from './bills'
import { CONFIG_SERVICE } from './config'
import { CREDENTIALS_SERVICE } from './credentials'
import { DEFERRALS_SERVICE } from './deferrals'
import { DEVICE_SERVICE } from './device'
import { MAINTENANCE_SERVICE } from './maintenance'
import { MEMBER_SERVICE } from './member'
import { OBLIGATIONS_SERVICE } from './obligations'
import { CONTACT_REVIEW_SERVICE, MEMBER_DATA_SERVICE } from './member-data'
import { PAYMENTS_SERVICE } from './payments'
import { PRINT_SERVICE } from './print'
import { PSE_SERVICE } from './pse'
import { CERTIFICATES_SERVICE, PRODUCTS_SERVICE } from './products'
import { SIGN_IN_EXTRAS_SERVICE } from './sign-in-extras'
import { SIMULATORS_SERVICE } from './simulators'
import { STAFF_SERVICE } from './staff'
import { TELLER_SERVICE } from './teller'

export { ACH_SERVICE } from './ach'
export { AUTH_SERVICE, SESSION_SERVICE } from './auth'
export { BENEFICIARIES_SERVICE } from './beneficiaries'
export { BILLS_SERVICE } from './bills'
export { CONFIG_SERVICE } from './config'
export { CREDENTIALS_SERVICE } from './credentials'
export { DEFERRALS_SERVICE } from './deferrals'
export { DEVICE_SERVICE } from './device'
export { MAINTENANCE_SERVICE } from './maintenance'
export { MEMBER_SERVICE } from './member'
export { OBLIGATIONS_SERVICE } from './obligations'
export { CONTACT_REVIEW_SERVICE, MEMBER_DATA_SERVICE } from './member-data'
export { PAYMENTS_SERVICE } from './payments'
export { PRINT_SERVICE } from './print'
export { PSE_SERVICE } from './pse'
export { CERTIFICATES_SERVICE, PRODUCTS_SERVICE } from './products'
export { SIGN_IN_EXTRAS_SERVICE } from './sign-in-extras'
export { SIMULATORS_SERVICE } from './simulators'
export { STAFF_SERVICE } from './staff'
export { TELLER_SERVICE } from './teller'

/** Every service of the kiosk: the IPC contract, the preload allow-list and main's registry come from here. */
export const KIOSK_SERVICES = [
  CONFIG_SERVICE,
  AUTH_SERVICE,
  SESSION_SERVICE,
  MEMBER_SERVICE,
  CREDENTIALS_SERVICE,
  PRODUCTS_SERVICE,
  CERTIFICATES_SERVICE,
  PRINT_SERVICE,
  STAFF_SERVICE,
  MAINTENANCE_SERVICE,
  PAYMENTS_SERVICE,
  BENEFICIARIES_SERVICE,
  PSE_SERVICE,
  ACH_SERVICE,
  OBLIGATIONS_SERVICE,
  BILLS_SERVICE,
  SIMULATORS_SERVICE,
  DEFERRALS_SERVICE,
  TELLER_SERVICE,
  MEMBER_DATA_SERVICE,
  CONTACT_REVIEW_SERVICE,
  SIGN_IN_EXTRAS_SERVICE,
  DEVICE_SERVICE,
] as const

export type KioskService = (typeof KIOSK_SERVICES)[number]
