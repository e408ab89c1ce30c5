import { describe, expect, it } from 'vitest'
import { CliUsageError, parseCliArgs, USAGE } from '../cli-args'

describe('staff flags of the sandbox CLI', () => {
  it('uses the staff table by default, with a 10-minute idle timeout and 5 tries', () => {
    expect(parseCliArgs([]).staff).toEqual({
      staffSessionTtlSeconds: 600,
      staffLockoutThreshold: 5,
      ldap: undefined,
    })
  })

  it('reads an LDAP directory with its service account and the default group names', () => {
    const { staff } = parseCliArgs([
      '--ldap-url',
      'ldap://127.0.0.1:3890',
      '--ldap-base-dn',
      'dc=losandes,dc=coop',
      '--ldap-bind-dn',
      'cn=kiosk-api,ou=services,dc=losandes,dc=coop',
      '--ldap-bind-password',
      'secreto',
    ])
    expect(staff.ldap).toMatchObject({
      url: 'ldap://127.0.0.1:3890',
      baseDn: 'dc=losandes,dc=coop',
      groups: { teller: 'cajeros', supervisor: 'supervisores', it: 'soporte-ti', disabled: 'deshabilitados' },
    })
  })

  it.each([
    [['--ldap-base-dn', 'dc=x'], /--ldap-base-dn needs --ldap-url/],
    [['--ldap-url', 'http://x', '--ldap-base-dn', 'dc=x'], /ldap:\/\//],
    [['--ldap-url', 'ldap://x'], /baseDn/],
    [['--ldap-url', 'ldap://x', '--ldap-base-dn', 'dc=x', '--ldap-bind-dn', 'cn=a,dc=x'], /go together/],
    [['--staff-session-ttl', '5'], /--staff-session-ttl must be an integer/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(CliUsageError)
    expect(() => parseCliArgs(argv)).toThrow(message)
  })

  it('documents the flags in the usage', () => {
    for (const flag of [
      '--ldap-url',
      '--ldap-base-dn',
      '--ldap-bind-dn',
      '--ldap-bind-password',
      '--staff-session-ttl',
    ])
      expect(USAGE).toContain(flag)
  })
})
