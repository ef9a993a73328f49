// The HTTP server around the Remix build: security headers, the same-origin
// check, static assets, the request handler, and the database handed to
// every loader and action.
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { translator } from "../core/i18n/messages";
import type { Db } from "../db/connection.server";
import { languageOfCookies } from "./i18n/language.server";
import { newNonce, sameOriginRequest, securityHeaders } from "./security-headers.server";

export function createHttpApp(build: ServerBuild, publicDir: string, db: Db): express.Express {
  const app = express();
  app.disable("x-powered-by");
  // Behind a reverse proxy that sets X-Forwarded-*: the real address (login
  // throttling) and protocol (Secure cookies). Only the nearest proxy is trusted.
  app.set("trust proxy", "loopback, linklocal, uniquelocal");
  app.use((req, res, next) => {
    res.locals.nonce = newNonce();
    res.set(securityHeaders(res.locals.nonce));
    if (!sameOriginRequest(req.method, req.get("host"), req.get("origin"), req.get("referer"))) {
      void languageOfCookies(req.get("cookie")).then((language) => {
        res.status(403).type("text/plain").send(translator(language)("http.crossSite"));
      }, next);
      return;
    }
    next();
  });
  // Remix fingerprints everything under /build, so it may be cached forever.
  app.use("/build", express.static(`${publicDir}/build`, { immutable: true, maxAge: "1y" }));
  // Other public files (the favicon) have a file extension. Pages have none
  // and go straight on, without asking the file system first; the few
  // routes with one (downloads such as /export/onderzoek.xlsx) are looked up
  // there first, and found missing.
  const publicFiles = express.static(publicDir, { maxAge: "1h" });
  app.use((req, res, next) => (path.extname(req.path) ? publicFiles(req, res, next) : next()));
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: build.mode,
      getLoadContext: (req, res) => ({
        db,
        clientAddress: req.ip,
        cspNonce: res.locals.nonce as string,
      }),
    }),
  );
  return app;
}
