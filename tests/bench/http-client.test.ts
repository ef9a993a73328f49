import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask } from "../../bench/http-client";

interface Seen {
  method: string;
  url: string;
  type: string | undefined;
  body: string;
  cookie: string | undefined;
  /** Which of the server's connections carried the request. */
  connection: number;
}

let server: Server;
let base: string;
const seen: Seen[] = [];
const connections = new WeakMap<object, number>();
let opened = 0;

async function bodyOf(request: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of request) text += chunk;
  return text;
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    if (!connections.has(request.socket)) connections.set(request.socket, ++opened);
    seen.push({
      method: request.method ?? "",
      url: request.url ?? "",
      type: request.headers["content-type"],
      body: await bodyOf(request),
      cookie: request.headers.cookie,
      connection: connections.get(request.socket) ?? 0,
    });
    if (request.url === "/opslaan") {
      response.writeHead(303, { location: "/elders" }).end();
    } else {
      response.end("x".repeat(100_000));
    }
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
});

describe("the benchmarks' client", () => {
  it("posts a form with its headers and answers a redirect's status without following it", async () => {
    seen.length = 0;
    const answer = await ask(`${base}/opslaan`, {
      form: new URLSearchParams({ score_impact: "4", comment: "Één plan" }),
      headers: { cookie: "sessie=abc" },
    });
    expect(answer.status).toBe(303);
    expect(answer.ms).toBeGreaterThan(0);
    expect(seen).toEqual([
      {
        method: "POST",
        url: "/opslaan",
        type: "application/x-www-form-urlencoded",
        body: "score_impact=4&comment=%C3%89%C3%A9n+plan",
        cookie: "sessie=abc",
        connection: expect.any(Number),
      },
    ]);
  });

  it("reads a whole answer and asks again on the same connection", async () => {
    seen.length = 0;
    const first = await ask(`${base}/healthz`);
    const second = await ask(`${base}/healthz`);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(seen.map((s) => s.method)).toEqual(["GET", "GET"]);
    expect(seen[1]?.connection).toBe(seen[0]?.connection);
  });

  it("rejects when nothing answers", async () => {
    const closed = createServer();
    closed.listen(0, "127.0.0.1");
    await once(closed, "listening");
    const { port } = closed.address() as AddressInfo;
    closed.close();
    await once(closed, "close");
    await expect(ask(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
  });
});
