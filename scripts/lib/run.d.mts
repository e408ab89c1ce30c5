import type { ChildProcess, SpawnOptions } from 'node:child_process'
export declare const bin: (name: string) => string
export declare function run(cmd: string, args: string[], opts?: SpawnOptions): Promise<number>
export declare function startService(
  cmd: string,
  args: string[],
  opts?: { timeoutMs?: number; env?: NodeJS.ProcessEnv; name?: string },
): Promise<{
  child: ChildProcess
  info: { event: 'listening'; url: string; launchUrl?: string; [k: string]: unknown }
}>
export declare function stop(child: ChildProcess | undefined): Promise<void>
