import type { ErrorCode } from '../../shared/ipc/errors'
import type { MethodDeclaration, StaffRole } from '../../shared/ipc/service'

/** Which principals main holds a session for right now (asked before every call). */
export interface HeldPrincipals {
  member: boolean
  /** The signed-in staff member's roles, or null when no staff session is held. */
  staff: readonly StaffRole[] | null
  maintenance: boolean
}

export const NOBODY: HeldPrincipals = { member: false, staff: null, maintenance: false }

/**
 * Whether a method's audience is among the held principals. A refusal is NOT_AUTHENTICATED when
 * nobody is signed in and a sign-in would help (member, staff: what the renderer has always been told
 * once a session is gone), FORBIDDEN otherwise: the wrong kind of principal, a staff role without the
 * right, or maintenance, whose discreet sign-in is never suggested to whoever reaches the bridge.
 */
export function refusal(
  method: Pick<MethodDeclaration, 'audience' | 'roles'>,
  held: HeldPrincipals,
): ErrorCode | null {
  switch (method.audience) {
    case 'public':
      return null
    case 'member':
      if (held.member) return null
      break
    case 'staff': {
      const roles = held.staff
      if (roles && (!method.roles || method.roles.some((r) => roles.includes(r)))) return null
      break
    }
    case 'maintenance':
      return held.maintenance ? null : 'FORBIDDEN'
  }
  const nobody = !held.member && !held.staff && !held.maintenance
  return nobody ? 'NOT_AUTHENTICATED' : 'FORBIDDEN'
}
