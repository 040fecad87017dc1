import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // real databases and child processes: generous, but never a speed assertion
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
