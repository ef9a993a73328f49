// Routes reach db/ through this module only. Remix empties `*.server` modules
// of app/ in the browser bundle; db/ lies outside app/, so without this door
// the browser build would try to bundle pg and PGlite.
import type { Db } from "../db/connection.server";

// The server opens the database once and hands it to every loader and action
// as `context.db`; tests pass their own database the same way.
declare module "@remix-run/node" {
  interface AppLoadContext {
    db: Db;
    /** The client's address, for login throttling (absent in tests). */
    clientAddress?: string;
    /** The Content-Security-Policy nonce of this response's inline scripts. */
    cspNonce?: string;
  }
}

export { hasDemoData } from "../db/queries/imports.server";
