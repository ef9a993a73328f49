import { defineConfig } from "vitest/config";

// Browser tests drive the built app in Debian's Chromium; run after `npm run build`.
export default defineConfig({
  test: {
    name: "browser",
    root: new URL("../..", import.meta.url).pathname,
    include: ["tests/browser/**/*.test.ts"],
    setupFiles: ["tests/support/console-guard.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One Chromium and one server at a time: the machines have two cores.
    fileParallelism: false,
  },
});
