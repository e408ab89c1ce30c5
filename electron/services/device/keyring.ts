/** One keychain item; matches `new Entry(service, account)` of @napi-rs/keyring. */
export interface KeyringEntry {
  getPassword(): string | null
  setPassword(password: string): void
  deletePassword(): boolean
}
export type KeyringFactory = (service: string, account: string) => KeyringEntry

/** An in-memory keychain of the same shape, for unit tests and the browser shell's demo without a keyring. */
export function memoryKeyring(): KeyringFactory & { items: Map<string, string> } {
  const items = new Map<string, string>()
  const factory: KeyringFactory = (service, account) => {
    const key = `${service}/${account}`
    return {
      getPassword: () => items.get(key) ?? null,
      setPassword: (p) => void items.set(key, p),
      deletePassword: () => items.delete(key),
    }
  }
  return Object.assign(factory, { items })
}
