/**
 * Rates cross the API and IPC as decimal strings: an effective annual rate as a percentage ("16.08" is
 * 16.08 % EA), a periodic rate as a fraction ("0.0125"). Never floats, never basis points (a monthly rate
 * derived from an EA has no exact number of basis points). No decimal.js here, so schemas and the
 * renderer can read the patterns alone.
 */
export const PERCENT_PATTERN = /^(0|[1-9]\d{0,2})(\.\d{1,6})?$/
export const FRACTION_PATTERN = /^0(\.\d{1,12})?$/
