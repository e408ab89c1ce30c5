import type { SandboxModule } from '../modules/sandbox-module'
import { createImageReports } from './image-reports'
import { SIGN_IN_EXTRAS_MIGRATIONS } from './migrations'
import { termsOfUse } from './terms-of-use'

/**
 * Around sign-in (issue 16, flows 5 and 6): the terms of use the sign-in screen names, and the report of a
 * security image that is not the member's (read back by the teller desk). The question step lives in auth.
 */
export const signInExtrasModule: SandboxModule<'termsOfUse' | 'imageReport'> = {
  name: 'sign-in-extras',
  migrations: SIGN_IN_EXTRAS_MIGRATIONS,
  start: ({ db, secret, profile, now }) => {
    const terms = termsOfUse(profile)
    const reports = createImageReports({ db, secret, profile, now })
    return {
      handlers: {
        termsOfUse: () => terms,
        imageReport: ({ body }) => reports.report(body.idNumber, body.kioskId),
      },
      provides: undefined,
    }
  },
}
