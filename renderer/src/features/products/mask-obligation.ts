/**
 * An obligation as "30 - ****2145": the line code stays (it names the kind of loan or contribution), the
 * number shows its last four digits, like every product number on screen.
 */
export function maskObligation(obligation: string): string {
  return obligation.replace(/\d{5,}/g, (n) => `****${n.slice(-4)}`)
}
