import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The one-way import rule (eslint.config.js) has its own test, so loosening it is a visible change.
const eslint = new ESLint({ cwd: process.cwd() })

async function restricted(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('import layering', () => {
  it('keeps shared/ pure', async () => {
    expect(await restricted('shared/x.ts', "import '../electron/ipc/registry'\n")).not.toEqual([])
    expect(await restricted('shared/x.ts', "import '../renderer/src/main'\n")).not.toEqual([])
    expect(await restricted('shared/x.ts', "import '../sandbox/server'\n")).not.toEqual([])
    expect(await restricted('shared/x.ts', "import 'node:fs'\n")).not.toEqual([])
    expect(await restricted('shared/x.ts', "import 'electron'\n")).not.toEqual([])
    expect(await restricted('shared/x.ts', "import { z } from 'zod'\nexport const s = z.string()\n")).toEqual(
      [],
    )
  })
  it('lets each side import shared/ but not each other', async () => {
    expect(await restricted('electron/services/x.ts', "import '../../shared/money/money'\n")).toEqual([])
    expect(await restricted('electron/services/x.ts', "import '../../sandbox/server'\n")).not.toEqual([])
    expect(await restricted('electron/services/x.ts', "import '../../renderer/src/main'\n")).not.toEqual([])
    expect(await restricted('sandbox/x.ts', "import '../electron/ipc/registry'\n")).not.toEqual([])
    expect(await restricted('sandbox/x.ts', "import '../shared/api/routes'\n")).toEqual([])
    expect(await restricted('renderer/src/x.ts', "import '@shared/money/money'\n")).toEqual([])
    expect(await restricted('renderer/src/x.ts', "import 'electron'\n")).not.toEqual([])
    expect(await restricted('renderer/src/x.ts', "import 'node:crypto'\n")).not.toEqual([])
    expect(await restricted('renderer/src/x.ts', "import '../../electron/ipc/registry'\n")).not.toEqual([])
  })
})
