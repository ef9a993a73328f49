// A bare node:http server that answers every request with the same bytes
// and headers: the raw baseline of an answer whose time is mostly its size
// (the unfiltered metrics API, megabytes). Started as a process of its own
// by benchmarks/http.ts, so that it does not share the load generator's
// thread; prints its port on its first line.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";

const [bodyFile, headersJson] = process.argv.slice(2);
if (!bodyFile || !headersJson)
  throw new Error("usage: raw-answer-server.ts BODY_FILE HEADERS_JSON");
const body = await readFile(bodyFile);
const headers = JSON.parse(headersJson) as Record<string, string>;
const server = createServer((_request, response) => {
  response.writeHead(200, { ...headers, "content-length": body.length });
  response.end(body);
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(typeof address === "object" && address ? address.port : "");
});
