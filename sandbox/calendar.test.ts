import { describe, expect, it } from 'vitest'
import { zonedDay } from './calendar'

describe('zonedDay', () => {
  it("gives the branch's local day and its bounds: Bogotá is UTC−5 all year", () => {
    const t = Date.parse('2026-12-05T01:30:00Z') // 20:30 on the 4th in Bogotá
    expect(zonedDay(t, 'America/Bogota')).toEqual({
      day: '2026-12-04',
      from: Date.parse('2026-12-04T05:00:00Z'),
      to: Date.parse('2026-12-05T05:00:00Z'),
    })
    expect(zonedDay(t, 'UTC')).toEqual({
      day: '2026-12-05',
      from: Date.parse('2026-12-05T00:00:00Z'),
      to: Date.parse('2026-12-06T00:00:00Z'),
    })
  })

  it('makes a daylight-saving day 23 hours long, as on the wall (New York, 8 March 2026)', () => {
    const { day, from, to } = zonedDay(Date.parse('2026-03-08T15:00:00Z'), 'America/New_York')
    expect(day).toBe('2026-03-08')
    expect(from).toBe(Date.parse('2026-03-08T05:00:00Z'))
    expect(to).toBe(Date.parse('2026-03-09T04:00:00Z'))
  })
})
