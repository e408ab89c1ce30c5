import { z } from 'zod'
import { LdapOptionsSchema, type LdapOptions } from './ldap-options'

/** The sandbox's staff flags for node:util parseArgs. */
export const STAFF_PARSE_OPTIONS = {
  'staff-session-ttl': { type: 'string' },
  'staff-lockout': { type: 'string' },
  'ldap-url': { type: 'string' },
  'ldap-base-dn': { type: 'string' },
  'ldap-bind-dn': { type: 'string' },
  'ldap-bind-password': { type: 'string' },
} as const

export const STAFF_USAGE = `  --staff-session-ttl <sec>   staff session idle timeout (default 600)
  --staff-lockout <n>   wrong staff passwords before the username locks for a while (default 5)
  --ldap-url <url>      sign staff in against this LDAP directory (ldap://host:port) instead of the staff table
  --ldap-base-dn <dn>   the directory's base: people under ou=people, groups under ou=groups (with --ldap-url)
  --ldap-bind-dn <dn>   service account that searches the directory (default: anonymous search)
  --ldap-bind-password <s>  its password (with --ldap-bind-dn)`

export interface StaffCliOptions {
  staffSessionTtlSeconds: number
  staffLockoutThreshold: number
  ldap: LdapOptions | undefined
}

type IntFlag = (name: string, raw: string | undefined, fallback: number, min: number, max: number) => number
type Values = Partial<Record<keyof typeof STAFF_PARSE_OPTIONS, string | undefined>>

/** Reads the staff flags; an LDAP flag without --ldap-url, or a bad URL or DN, is a usage error. */
export function staffOptionsFromFlags(
  values: Values,
  intFlag: IntFlag,
  usageError: (message: string) => Error,
): StaffCliOptions {
  const url = values['ldap-url']
  const ldapFlags = (['ldap-base-dn', 'ldap-bind-dn', 'ldap-bind-password'] as const).filter(
    (f) => values[f] !== undefined,
  )
  if (url === undefined && ldapFlags.length > 0) throw usageError(`--${ldapFlags[0]} needs --ldap-url`)
  let ldap: LdapOptions | undefined
  if (url !== undefined) {
    const parsed = LdapOptionsSchema.safeParse({
      url,
      baseDn: values['ldap-base-dn'],
      bindDn: values['ldap-bind-dn'],
      bindPassword: values['ldap-bind-password'],
    })
    if (!parsed.success) throw usageError(`LDAP flags: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`)
    ldap = parsed.data
  }
  return {
    staffSessionTtlSeconds: intFlag('staff-session-ttl', values['staff-session-ttl'], 600, 10, 86_400),
    staffLockoutThreshold: intFlag('staff-lockout', values['staff-lockout'], 5, 1, 100),
    ldap,
  }
}
