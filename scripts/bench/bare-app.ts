// Builds bench/bare-vue with Vite's JS API: the yardstick app for the start-up figure.
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { build } from 'vite'

const ROOT = fileURLToPath(new URL('../../bench/bare-vue', import.meta.url))

/** Builds into `outDir` (index.html at its root), with Vite's defaults but a relative base like the kiosk. */
export async function buildBareApp(outDir: string): Promise<string> {
  await build({
    configFile: false,
    root: ROOT,
    base: './',
    logLevel: 'warn',
    plugins: [vue()],
    build: { outDir, emptyOutDir: true },
  })
  return outDir
}
