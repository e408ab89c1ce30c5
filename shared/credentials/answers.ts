/**
 * Security answers are compared after normalising case, accents and whitespace, so "Fútbol", "futbol" and
 * " FUT bol " match. All whitespace goes (not only doubled spaces): the kiosk's shuffled keyboard has no
 * space bar, so "San José" must be typeable as "sanjose". "ñ" folds to "n" like any accented letter.
 */
export function normalizeAnswer(answer: string): string {
  return answer.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('es').replace(/\s+/gu, '')
}

export const ANSWER_MIN_LENGTH = 2
export const ANSWER_MAX_LENGTH = 40

/** Long enough to be an answer once normalised, and not longer than the kiosk lets anyone type. */
export function isAcceptableAnswer(answer: string): boolean {
  const n = Array.from(normalizeAnswer(answer)).length
  return n >= ANSWER_MIN_LENGTH && n <= ANSWER_MAX_LENGTH
}
