import { createMemberService } from '../../services/member-service'
import { defineFeature } from '../feature'

export const memberFeature = defineFeature<'member.summary'>(({ api, auth }) => {
  const member = createMemberService({ api, auth })
  return { name: 'member', handlers: { 'member.summary': () => member.summary() } }
})
