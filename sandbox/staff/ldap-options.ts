import { z } from 'zod'
import { StaffRoleSchema } from '../../shared/api/staff'

/**
 * The directory's group `cn`s that mean each role, and the one that disables an account. Members of
 * the disabled group are refused even with the right password: how the cooperative's IT retires an
 * account without deleting it (OpenLDAP has no standard "disabled" attribute outside ppolicy).
 */
export const LdapGroupsSchema = z
  .object({
    teller: z.string().min(1).default('cajeros'),
    supervisor: z.string().min(1).default('supervisores'),
    it: z.string().min(1).default('soporte-ti'),
    disabled: z.string().min(1).default('deshabilitados'),
  })
  .strict()

const DnSchema = z.string().regex(/^[A-Za-z]+=[^,]+(,[A-Za-z]+=[^,]+)*$/, 'a DN such as dc=coop,dc=test')

/** Staff sign-in against an LDAP directory (the sandbox uses its own staff table when this is absent). */
export const LdapOptionsSchema = z
  .object({
    url: z.string().regex(/^ldaps?:\/\/[^/\s]+\/?$/, 'an ldap:// or ldaps:// URL'),
    /** People are searched by `uid` under `ou=people,<baseDn>`, groups (groupOfNames) under `ou=groups,<baseDn>`. */
    baseDn: DnSchema,
    /** The service account that searches (anonymous search when absent). */
    bindDn: DnSchema.optional(),
    bindPassword: z.string().min(1).optional(),
    groups: LdapGroupsSchema.default(LdapGroupsSchema.parse({})),
    timeoutMs: z.number().int().min(100).max(60_000).default(5000),
  })
  .strict()
  .refine((o) => (o.bindDn === undefined) === (o.bindPassword === undefined), {
    message: 'bindDn and bindPassword go together',
  })
export type LdapOptions = z.output<typeof LdapOptionsSchema>
export type LdapOptionsInput = z.input<typeof LdapOptionsSchema>

export const roleOfGroup = (groups: LdapOptions['groups'], cn: string) =>
  StaffRoleSchema.options.find((role) => groups[role] === cn)
