import { credentialsFeature } from './credentials'
import { productsFeature } from './products'
import { signInFeature } from './sign-in'
import { tellerFeature } from './teller'

export type { FeatureTile, KioskFeature } from './kiosk-feature'

/** Every feature of the kiosk, in home-tile order. */
export const FEATURES = [signInFeature, productsFeature, credentialsFeature, tellerFeature] as const
