import { defineConfig } from "vitest/config";

// Database tests (`*.db.test.ts`) run on PGlite, and again on PostgreSQL when
// TEST_DATABASE_URL is set; the others run once.
const databaseProjects = [
  { name: "pglite", env: { TEST_DB: "pglite" } },
  ...(process.env.TEST_DATABASE_URL ? [{ name: "postgres", env: { TEST_DB: "postgres" } }] : []),
];

const shared = {
  setupFiles: ["tests/support/console-guard.ts"],
  alias: { "~/": new URL("./app/", import.meta.url).pathname },
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: "unit",
          include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
          exclude: ["tests/**/*.db.test.ts", "tests/browser/**"],
        },
      },
      ...databaseProjects.map(({ name, env }) => ({
        test: {
          ...shared,
          name,
          env,
          include: ["tests/**/*.db.test.ts"],
          globalSetup: ["tests/support/database-template.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      })),
    ],
  },
});
