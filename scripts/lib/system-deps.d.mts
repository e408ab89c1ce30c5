export declare const CHROMIUM_CANDIDATES: string[]
export declare const CHROMIUM_ARGS: string[]
export declare function findChromium(): string | null
export declare function chromiumPath(): string
export declare function missingSystemDeps(): { what: string; pkg: string }[]
export declare function ensureSystemDeps(log?: (msg: string) => void): boolean
