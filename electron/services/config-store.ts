/**
 * Where the kiosk configuration lives: electron-store in the Electron shell, a JSON file in the
 * browser shell. Values are unvalidated here; config-service validates them with KioskConfigSchema.
 */
export interface ConfigStore {
  /** The stored object, or undefined when nothing was stored yet. */
  read(): unknown
  write(value: unknown): void
  /** Where the data lives, for error messages (a file path). */
  readonly location: string
}
