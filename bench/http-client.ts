// The benchmarks' clients ask the app through node:http on kept-alive
// connections, as a load generator (autocannon, wrk) does. fetch() costs the
// client some 3 ms of CPU per request: on a machine of two cores that the
// server shares with its clients, that time came out of the server's and
// showed in its latencies (docs/performance.md).
import { Agent, request } from "node:http";

/** One connection per client at a time, kept between its requests. */
const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

export interface Answer {
  status: number;
  /** From sending the request to the answer's last byte. */
  ms: number;
}

/**
 * GET `url`, or POST `form` to it, and read the whole answer. A redirect is
 * an answer like any other: it is not followed.
 */
export function ask(
  url: string,
  options: { form?: URLSearchParams; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const body = options.form ? Buffer.from(options.form.toString()) : undefined;
  const headers: Record<string, string | number> = { ...options.headers };
  if (body) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    headers["content-length"] = body.length;
  }
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const sent = request(url, { method: body ? "POST" : "GET", headers, agent }, (answer) => {
      answer.on("error", reject);
      answer.on("end", () =>
        resolve({ status: answer.statusCode ?? 0, ms: performance.now() - started }),
      );
      answer.resume();
    });
    sent.on("error", reject);
    sent.end(body);
  });
}
