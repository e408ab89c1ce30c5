import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'
import { runnerImport } from 'vite'
import { firstScreenChunk } from './scripts/build/first-screen-chunk'

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
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: r('electron/main/index.ts') } },
    },
  },
  preload: {
    define: preloadDefines,
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules nor require anything but `electron`:
      // one CommonJS file with every dependency inlined.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: r('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: r('renderer'),
    base: './',
    plugins: [vue(), firstScreenChunk()],
    resolve: {
      alias: { '@': r('renderer/src'), '@shared': r('shared'), '@resources': r('resources') },
    },
    // Compile-time flags so Vue drops what a kiosk never uses (options API, devtools hooks).
    define: {
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    build: {
      minify: true,
      outDir: r('out/renderer'),
      rollupOptions: { input: { index: r('renderer/index.html') } },
    },
  },
})
