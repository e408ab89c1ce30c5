import { credentialsFeature } from './credentials'
import { maintenanceFeature } from './maintenance'
import { paymentsFeature } from './payments'
import { productsFeature } from './products'
import { signInFeature } from './sign-in'
import { tellerFeature } from './teller'

export type { FeatureTile, KioskFeature } from './kiosk-feature'
export { MaintenanceGesture, useMaintenanceStore } from './maintenance'

/** Every feature of the kiosk, in home-tile order. */
export const FEATURES = [
  signInFeature,
  productsFeature,
  paymentsFeature,
  credentialsFeature,
  maintenanceFeature,
  tellerFeature,
] as const
