/** A beneficiary's name or alias, in characters (zod-free: the renderer's keyboards read it too). */
export const BENEFICIARY_NAME_MIN = 2
export const BENEFICIARY_NAME_MAX = 40
