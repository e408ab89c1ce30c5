export const NODE_MAJOR: number
export const NODE_VERSION: string
export function nodePackageName(platform?: string, arch?: string): string
export function cacheDir(env?: Record<string, string | undefined>): string
export function resolveNode(opts?: {
  log?: (message: string) => void
  env?: Record<string, string | undefined>
}): string
export function envWithNode(
  nodePath: string,
  env?: Record<string, string | undefined>,
): Record<string, string | undefined>
