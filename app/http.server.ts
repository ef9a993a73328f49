// The HTTP server around the Remix build: static assets, the request
// handler, and the database handed to every loader and action.
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import type { Db } from "../db/connection.server";

export function createHttpApp(build: ServerBuild, publicDir: string, db: Db): express.Express {
  const app = express();
  app.disable("x-powered-by");
  // Remix fingerprints everything under /build, so it may be cached forever.
  app.use("/build", express.static(`${publicDir}/build`, { immutable: true, maxAge: "1y" }));
  app.use(express.static(publicDir, { maxAge: "1h" }));
  app.all("*", createRequestHandler({ build, mode: build.mode, getLoadContext: () => ({ db }) }));
  return app;
}
