/** The greeting's part of the day, by the kiosk's local hour: morning until noon, afternoon until 7 p.m. */
export type PartOfDay = 'morning' | 'afternoon' | 'evening'

export function partOfDay(hour: number): PartOfDay {
  if (hour >= 5 && hour < 12) return 'morning'
  if (hour >= 12 && hour < 19) return 'afternoon'
  return 'evening'
}

/** "María Fernanda Gómez" → "María": a greeting uses the first name only. */
export const firstName = (displayName: string) => displayName.trim().split(/\s+/)[0] ?? displayName
