import type { FastifyRequest } from 'fastify'

/** The device key a request was verified with (set by sandbox/devices' signature hook). */
const verifiedKeys = new WeakMap<FastifyRequest, string>()
export const deviceKeyOf = (request: FastifyRequest): string | undefined => verifiedKeys.get(request)
export const setDeviceKey = (request: FastifyRequest, keyId: string): void =>
  void verifiedKeys.set(request, keyId)
