import { billsFeature } from './bills'
import { credentialsFeature } from './credentials'
import { deferralsFeature } from './deferrals'
import { deviceFeature } from './device'
import { helpFeature } from './help'
import { maintenanceFeature } from './maintenance'
import { memberDataFeature } from './member-data'
import { paymentsFeature } from './payments'
import { productsFeature } from './products'
import { pseFeature } from './pse'
import { signInFeature } from './sign-in'
import { simulatorsFeature } from './simulators'
import { tellerFeature } from './teller'

export type { FeatureTile, KioskFeature } from './kiosk-feature'
export { HelpButton, helpLocation } from './help'
export { MaintenanceGesture, useMaintenanceStore } from './maintenance'
export { useDeviceStore } from './device'

/** Every feature of the kiosk, in home-tile order. */
export const FEATURES = [
  signInFeature,
  productsFeature,
  deferralsFeature,
  simulatorsFeature,
  paymentsFeature,
  pseFeature,
  billsFeature,
  credentialsFeature,
  memberDataFeature,
  maintenanceFeature,
  tellerFeature,
  helpFeature,
  deviceFeature,
] as const
