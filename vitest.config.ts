import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds the CLI bundle once, so CLI tests run exactly what users run.
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    // GitHub's action parser imports JSON without import attributes; vitest must transform it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    hookTimeout: 60_000,
  },
})
