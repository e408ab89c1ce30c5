import { credentialsModule } from '../credentials/module'
import type { SandboxModule } from '../modules/sandbox-module'
import { createAuthService } from './auth-service'
import { createAuthHandlers } from './handlers'
import { idDigest } from './id-digest'
import { createLoginGuard } from './login-guard'
import { AUTH_MIGRATIONS } from './migrations'
import { createSignInQuestion } from './sign-in-question'

/** Lookup and login by ID number or username, logout, keepalive; its tables are the members module's step 1
 * plus each member's latest sign-in. */
export const authModule: SandboxModule<
  'lookup' | 'login' | 'logout' | 'keepAlive' | 'signInQuestion' | 'signInAnswer'
> = {
  name: 'auth',
  migrations: AUTH_MIGRATIONS,
  seed: ({ db, secret, lockoutThreshold, now, data }) => {
    const guard = createLoginGuard(db, lockoutThreshold, now)
    return () => {
      for (const { demo } of data.members)
        if (demo.role === 'locked') guard.lockNow(idDigest(secret, demo.idNumber).toString('hex'))
    }
  },
  start: ({ secret, guard, sessions, now, use, profile, options }) => {
    const credentials = use(credentialsModule).signIn
    const question = createSignInQuestion({
      // 2 (the default): as the cooperative's profile says; tests of other flows may turn it off.
      enabled: options.signInQuestionMode === 2 ? profile.signInQuestion : options.signInQuestionMode === 1,
      secret,
      now,
      blockSeconds: options.questionBlockSeconds,
      onlineUser: credentials.onlineUser,
      questions: credentials.questions,
      budget: credentials.budget,
    })
    const auth = createAuthService({ secret, guard, sessions, credentials, question, now })
    return {
      handlers: {
        ...createAuthHandlers(auth, sessions),
        signInQuestion: ({ body }) => question.question(body.idNumber),
        signInAnswer: ({ body }) => question.answer(body.idNumber, body.answer),
      },
      provides: undefined,
    }
  },
}
