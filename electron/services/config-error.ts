export interface ConfigIssue {
  path: string
  message: string
}

/** The kiosk configuration cannot be used as stored; the message says where and what, for IT staff. */
export class ConfigError extends Error {
  readonly location: string
  readonly issues: readonly ConfigIssue[]
  constructor(location: string, summary: string, issues: readonly ConfigIssue[] = []) {
    const lines = issues.map((i) => `  - ${i.path || '(root)'}: ${i.message}`)
    super([`${summary} (${location})`, ...lines].join('\n'))
    this.name = 'ConfigError'
    this.location = location
    this.issues = issues
  }
}
