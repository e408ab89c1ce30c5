import { z } from 'zod'
import { LdapOptionsSchema } from './ldap-options'

/** Staff sign-in options of the sandbox, spread into SandboxOptionsSchema. */
export const STAFF_OPTIONS_SHAPE = {
  /** Idle timeout of a staff session, seconds: it slides with every staff request. */
  staffSessionTtlSeconds: z.number().int().min(1).max(86_400).default(600),
  /** Wrong staff passwords in a row before the username locks for a while (15 min, 1 h, 24 h). */
  staffLockoutThreshold: z.number().int().min(1).max(100).default(5),
  /** Authenticate staff against this LDAP directory instead of the sandbox's own staff table. */
  ldap: LdapOptionsSchema.optional(),
}

export const STAFF_LOCK_SECONDS = [900, 3600, 86_400]
