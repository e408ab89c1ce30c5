import { MemberSummarySchema } from '../../api/member'
import { defineService } from '../service'
import { NoInput } from './no-input'

/** The signed-in member's header: name, ID, payroll entity, products at a glance. */
export const MEMBER_SERVICE = defineService({
  name: 'member',
  methods: {
    summary: { audience: 'member', input: NoInput, output: MemberSummarySchema },
  },
})
