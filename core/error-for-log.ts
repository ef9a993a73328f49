// An error as the server's log may show it: never a personal value. A
// database error carries the offending row in `detail` ("Failing row
// contains (…, Anna de Vries, anna@…)") and key values in its message; those
// go, with every e-mail address. Kept: the error's name, code, message
// shape, the table, column and constraint it names, and the stack's frames.
const EMAIL = /[^\s@()<>,;:"']+@[^\s@()<>,;:"']+\.[^\s@()<>,;:"']+/g;

function scrub(text: string): string {
  return text
    .replace(/Failing row contains \(.*\)/gs, "Failing row contains (…)")
    .replace(/\)=\((.*?)\)/g, ")=(…)")
    .replace(EMAIL, "[e-mail]");
}

export function errorForLog(error: unknown): string {
  if (!(error instanceof Error)) {
    return typeof error === "object" && error !== null && "status" in error
      ? `response ${String((error as { status: unknown }).status)}`
      : scrub(String(error));
  }
  const fields = error as Error & {
    code?: unknown;
    table?: unknown;
    column?: unknown;
    constraint?: unknown;
  };
  const where = ["table", "column", "constraint"]
    .map((key) => [key, fields[key as "table"]] as const)
    .filter(([, value]) => typeof value === "string" && value !== "")
    .map(([key, value]) => `${key}=${value}`);
  const head = `${error.name}${typeof fields.code === "string" ? ` [${fields.code}]` : ""}: ${scrub(error.message)}${where.length ? ` (${where.join(", ")})` : ""}`;
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .join("\n");
  return frames ? `${head}\n${frames}` : head;
}
