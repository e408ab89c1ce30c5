/**
 * Fixed-width text helpers for receipts. Inputs are already printable (one character = one column,
 * see toPrintable), so `length` is the printed width.
 */

/** Word-wraps to `width`; a word longer than a line is cut across lines. Never returns an empty array. */
export function wrapText(text: string, width: number): string[] {
  if (width < 1) throw new RangeError(`width must be positive: ${width}`)
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ').filter((w) => w.length > 0)) {
    let rest = word
    if (line && line.length + 1 + rest.length <= width) {
      line += ` ${rest}`
      continue
    }
    if (line) lines.push(line)
    while (rest.length > width) {
      lines.push(rest.slice(0, width))
      rest = rest.slice(width)
    }
    line = rest
  }
  lines.push(line)
  return lines
}

/** Wraps to at most `maxLines`; when text is left over, the last line ends in "...". */
export function wrapClamped(text: string, width: number, maxLines: number): string[] {
  const lines = wrapText(text, width)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1]} ${lines[maxLines]}`, width)
  return kept
}

/** Cuts to `width`, marking the cut with "..." (or just cutting when the width is tiny). */
export function truncate(text: string, width: number): string {
  if (text.length <= width) return text
  if (width <= 3) return text.slice(0, width)
  return `${text.slice(0, width - 3).trimEnd()}...`
}

export const padLeft = (text: string, width: number) => ' '.repeat(Math.max(0, width - text.length)) + text

/**
 * A label and a right-aligned value on one line when they fit with a space between them; otherwise the
 * label wraps on its own lines and the value goes right-aligned on the last. A value wider than the
 * line is truncated (amounts never are in practice: 42 columns hold any safe integer amount).
 */
export function labelValueLines(label: string, value: string, width: number): string[] {
  const v = truncate(value, width)
  if (!label) return [padLeft(v, width)]
  if (label.length + 1 + v.length <= width) return [label + padLeft(v, width - label.length)]
  const labelLines = wrapText(label, width)
  const last = labelLines[labelLines.length - 1] ?? ''
  if (last.length + 1 + v.length <= width) {
    labelLines[labelLines.length - 1] = last + padLeft(v, width - last.length)
    return labelLines
  }
  return [...labelLines, padLeft(v, width)]
}

/** Two right-aligned columns sharing a line (e.g. a movement's amount and the running balance). */
export function twoColumns(left: string, right: string, width: number): string {
  const half = Math.floor(width / 2)
  return padLeft(truncate(left, half), half) + padLeft(truncate(right, width - half), width - half)
}
