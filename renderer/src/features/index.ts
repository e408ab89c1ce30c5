import { credentialsFeature } from './credentials'
import { deferralsFeature } from './deferrals'
import { maintenanceFeature } from './maintenance'
import { paymentsFeature } from './payments'
import { productsFeature } from './products'
import { signInFeature } from './sign-in'
import { simulatorsFeature } from './simulators'
import { tellerFeature } from './teller'

export type { FeatureTile, KioskFeature } from './kiosk-feature'
export { MaintenanceGesture, useMaintenanceStore } from './maintenance'

/** Every feature of the kiosk, in home-tile order. */
export const FEATURES = [
  signInFeature,
  productsFeature,
  deferralsFeature,
  simulatorsFeature,
  paymentsFeature,
  credentialsFeature,
  maintenanceFeature,
  tellerFeature,
] as const
