import { DatabaseSync, type SQLInputValue, type StatementResultingChanges } from 'node:sqlite'

/** Values a statement binds: positional arguments, or one object of named parameters. */
type BindArgs<P> = P extends unknown[] ? P : [P]

/** A prepared statement typed by its parameters and its row shape. */
export interface Statement<P extends unknown[] | object = unknown[], R = unknown> {
  run(...params: BindArgs<P>): StatementResultingChanges
  get(...params: BindArgs<P>): R | undefined
  all(...params: BindArgs<P>): R[]
}

/**
 * The sandbox's SQLite connection: Node's built-in `node:sqlite` (no native build, the same engine on
 * every Node ≥ 24) with the few conveniences the sandbox uses — typed statements, `transaction` and
 * `pragma`. Named parameters are written without their prefix (`{ id }` for `@id`), and objects may
 * carry keys the statement does not use.
 */
export class Database {
  readonly #db: DatabaseSync
  #depth = 0

  constructor(file: string) {
    this.#db = new DatabaseSync(file)
  }

  prepare<P extends unknown[] | object = unknown[], R = unknown>(sql: string): Statement<P, R> {
    const statement = this.#db.prepare(sql)
    statement.setAllowUnknownNamedParameters(true)
    return statement as unknown as Statement<P, R>
  }

  exec(sql: string): void {
    this.#db.exec(sql)
  }

  /** `pragma('user_version', { simple: true })` reads one value; `pragma('foreign_keys = ON')` sets one. */
  pragma(source: string, opts: { simple?: boolean } = {}): unknown {
    const rows = this.#db.prepare(`PRAGMA ${source}`).all() as Record<string, SQLInputValue>[]
    return opts.simple ? Object.values(rows[0] ?? {})[0] : rows
  }

  /**
   * Wraps `fn` so that each call runs in one transaction, committed when it returns and rolled back when
   * it throws. Calls nested inside another transaction use a savepoint, so an inner failure that the
   * outer code catches undoes only the inner part.
   */
  transaction<A extends unknown[], T>(fn: (...args: A) => T): (...args: A) => T {
    return (...args: A): T => {
      const savepoint = `tx${this.#depth}`
      this.#db.exec(this.#depth === 0 ? 'BEGIN' : `SAVEPOINT ${savepoint}`)
      this.#depth++
      try {
        const result = fn(...args)
        this.#depth--
        this.#db.exec(this.#depth === 0 ? 'COMMIT' : `RELEASE ${savepoint}`)
        return result
      } catch (e) {
        this.#depth--
        this.#db.exec(this.#depth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`)
        throw e
      }
    }
  }

  get open(): boolean {
    return this.#db.isOpen
  }

  close(): void {
    this.#db.close()
  }
}
