import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { runnerImport } from 'vite'
import { defineConfig } from 'vitest/config'

const r = (p: string) => resolve(import.meta.dirname, p)

/**
 * The preload's allow-list (__KIOSK_ALLOW_LIST__): the declared channel names, computed here where zod
 * may run and inlined as plain data, so the sandboxed preload carries the names without the schemas.
 */
const { module: channels } = await runnerImport<typeof import('./shared/ipc/channels')>(
  r('shared/ipc/channels.ts'),
)
const preloadDefines = { __KIOSK_ALLOW_LIST__: JSON.stringify(channels.PRELOAD_ALLOW_LIST) }

export default defineConfig({
  plugins: [vue()],
  // As the build does for the preload (electron.vite.config.ts).
  define: preloadDefines,
  resolve: {
    alias: { '@': r('renderer/src'), '@shared': r('shared'), '@resources': r('resources') },
  },
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'sandbox/**/*.test.ts',
      'renderer/**/*.test.ts',
      'test/unit/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
  },
})
