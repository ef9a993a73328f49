/** @type {import('@remix-run/dev').AppConfig} */
export default {
  appDirectory: "app",
  assetsBuildDirectory: "public/build",
  publicPath: "/build/",
  serverBuildPath: "build/index.js",
  serverModuleFormat: "esm",
  serverPlatform: "node",
  // Modules outside app/ (db/, reports/) are bundled like app code; their
  // npm dependencies (pg, PGlite with its WASM files) stay in node_modules.
  watchPaths: ["db", "reports"],
  ignoredRouteFiles: ["**/.*", "**/*.test.*"],
  // The React Router 7 behaviours, so that moving on later changes nothing.
  future: {
    v3_fetcherPersist: true,
    v3_lazyRouteDiscovery: true,
    v3_relativeSplatPath: true,
    v3_singleFetch: true,
    v3_throwAbortReason: true,
  },
};
