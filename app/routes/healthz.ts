// GET /healthz: 200 only when the database answers, for load balancers and
// uptime checks. No details in the body: they would help an attacker.

import type { LoaderFunctionArgs } from "@remix-run/node";
import { sql } from "kysely";

export async function loader({ context }: LoaderFunctionArgs) {
  try {
    await sql`select 1`.execute(context.db);
    return new Response("ok", { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.warn(`healthz: database does not answer: ${(error as Error).message}`);
    return new Response("database unavailable", {
      status: 503,
      headers: { "Cache-Control": "no-store" },
    });
  }
}
