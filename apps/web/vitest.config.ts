import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    // the browser suite starts a production server and drives Chromium: give it room
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
})
