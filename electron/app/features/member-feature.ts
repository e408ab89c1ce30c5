import { MEMBER_SERVICE } from '../../../shared/ipc/services'
import { registerService } from '../../ipc/register-service'
import { createMemberService } from '../../services/member-service'
import { defineFeature } from '../feature'

export const memberFeature = defineFeature(({ api, auth }) => ({
  name: 'member',
  handlers: registerService(MEMBER_SERVICE, createMemberService({ api, auth })),
}))
