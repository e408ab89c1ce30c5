// The demo cooperatives live in shared/ so a kiosk configured for one starts from the same settings.
export {
  CooperativeProfileSchema,
  PROFILE_IDS,
  PROFILES,
  ProfileIdSchema,
  type CooperativeProfile,
  type ProfileId,
} from '../shared/config/profiles'
