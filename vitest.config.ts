import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

const r = (p: string) => resolve(import.meta.dirname, p)

export default defineConfig({
  plugins: [vue()],
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
