/** One schema step of a module. Steps are append-only: a released step is never edited, only followed. */
export interface Migration {
  /** 1, 2, 3 … within its module: the ledger records a step by module and version. */
  version: number
  /**
   * Steps shipped before migrations were per module carry their place in the old global sequence
   * (PRAGMA user_version). They keep running first and in that order, and an old file adopts them from
   * its user_version. New steps never set it.
   */
  legacyVersion?: number
  sql: string
}

/** A module's steps, under the name the ledger records them by. */
export interface ModuleMigrations {
  name: string
  migrations: readonly Migration[]
}
