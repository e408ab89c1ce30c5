import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// Features import each other only through their index.ts (kiosk/feature-boundaries in eslint.config.js);
// this test makes loosening the rule a visible change.
const eslint = new ESLint({ cwd: process.cwd() })

async function crossings(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'kiosk/feature-boundaries').map((m) => m.message)
}

const SIGN_IN_PAGE = 'renderer/src/features/sign-in/pages/IdEntryPage.ts'

describe('feature boundaries', () => {
  it("lets a feature use another feature's index.ts", async () => {
    expect(
      await crossings(SIGN_IN_PAGE, "import { useRecoveryStore } from '@/features/credentials'\n"),
    ).toEqual([])
    expect(await crossings(SIGN_IN_PAGE, "import '@/features/credentials/index'\n")).toEqual([])
    expect(await crossings(SIGN_IN_PAGE, "import '../../credentials'\n")).toEqual([])
  })
  it('refuses anything inside another feature, by alias, relative path or dynamic import', async () => {
    expect(await crossings(SIGN_IN_PAGE, "import '@/features/credentials/stores/recovery'\n")).toEqual([
      "'@/features/credentials/stores/recovery' is inside the credentials feature: import it from '@/features/credentials' (its index.ts)",
    ])
    expect(
      await crossings(SIGN_IN_PAGE, "import '../../products/components/ProductGroup.vue'\n"),
    ).not.toEqual([])
    expect(await crossings(SIGN_IN_PAGE, "export { x } from '@/features/products/messages'\n")).not.toEqual(
      [],
    )
    expect(
      await crossings(SIGN_IN_PAGE, "const p = () => import('@/features/credentials/routes')\n"),
    ).not.toEqual([])
  })
  it('lets a feature reach its own files, the core and shared/', async () => {
    expect(
      await crossings(SIGN_IN_PAGE, "import '../stores/login'\nimport '@/features/sign-in/routes'\n"),
    ).toEqual([])
    expect(
      await crossings(
        SIGN_IN_PAGE,
        "import '@/keyboard/ShuffledKeyboard.vue'\nimport '@/features/kiosk-feature'\n",
      ),
    ).toEqual([])
    expect(await crossings(SIGN_IN_PAGE, "import '@shared/api/auth'\n")).toEqual([])
  })
  it('holds the core to the same entry points', async () => {
    expect(await crossings('renderer/src/pages/HomePage.ts', "import '@/features/products'\n")).toEqual([])
    expect(
      await crossings(
        'renderer/src/pages/HomePage.ts',
        "import '@/features/products/composables/useProductGroups'\n",
      ),
    ).not.toEqual([])
  })
})
