import { describe, expect, it } from 'vitest'
import { addMonths, monthGrid, presetRange, tapRange, weekdayNames } from './dates'
import { back, currentCursor, firstPage, forward, pageCount } from './paging'

describe('date-range picker arithmetic', () => {
  it('lays a month out in Monday-first weeks of seven', () => {
    const feb2026 = monthGrid({ year: 2026, month: 2 }) // 1 Feb 2026 is a Sunday
    expect(feb2026[0]).toEqual([null, null, null, null, null, null, '2026-02-01'])
    expect(feb2026.flat().filter(Boolean)).toHaveLength(28)
    for (const week of feb2026) expect(week).toHaveLength(7)
    const march2027 = monthGrid({ year: 2027, month: 3 })
    expect(march2027[0]![0]).toBe('2027-03-01') // a Monday
  })

  it('moves across years', () => {
    expect(addMonths({ year: 2025, month: 12 }, 1)).toEqual({ year: 2026, month: 1 })
    expect(addMonths({ year: 2026, month: 1 }, -13)).toEqual({ year: 2024, month: 12 })
  })

  it('gives presets relative to the cut-off, clipped to the earliest date', () => {
    expect(presetRange('thisMonth', '2026-02-28', '2000-01-01')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    })
    expect(presetRange('lastMonth', '2026-02-28', '2000-01-01')).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    })
    expect(presetRange('last3', '2026-02-28', '2000-01-01')).toEqual({ from: '2025-12-01', to: '2026-02-28' })
    expect(presetRange('last12', '2026-02-28', '2025-06-15')).toEqual({
      from: '2025-06-15',
      to: '2026-02-28',
    })
  })

  it('builds a range from two taps in either order, and starts over on a third', () => {
    let r = tapRange({ from: null, to: null }, '2025-05-10')
    expect(r).toEqual({ from: '2025-05-10', to: null })
    r = tapRange(r, '2025-04-02')
    expect(r).toEqual({ from: '2025-04-02', to: '2025-05-10' })
    expect(tapRange(r, '2025-06-01')).toEqual({ from: '2025-06-01', to: null })
  })

  it('names weekdays Monday first in the UI language', () => {
    expect(weekdayNames('es-CO', 'long')[0]).toBe('lunes')
    expect(weekdayNames('en-US', 'long')[6]).toBe('Sunday')
  })
})

describe('cursor paging with a way back', () => {
  it('remembers the cursor of every page shown', () => {
    let t = firstPage()
    expect(currentCursor(t)).toBeNull()
    t = forward(t, 'c2')
    t = forward(t, 'c3')
    expect(currentCursor(t)).toBe('c3')
    t = back(t)
    expect(currentCursor(t)).toBe('c2')
    t = forward(t, 'c3b') // going forward again replaces what came after
    expect(t.cursors).toEqual([null, 'c2', 'c3b'])
    expect(back(back(back(t))).index).toBe(0)
  })

  it('counts pages', () => {
    expect(pageCount(0, 20)).toBe(1)
    expect(pageCount(2172, 20)).toBe(109)
  })
})
