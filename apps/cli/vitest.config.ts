import { defineConfig } from 'vitest/config'

// The tests run the real command in child processes (a second or so each on a busy machine).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
