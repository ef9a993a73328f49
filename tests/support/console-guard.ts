// Nothing fails silently: an unexpected console.error fails the test that
// caused it. A test that expects errors calls allowConsoleErrors() and can
// assert on what it returns.
import { afterEach, beforeEach, expect, type MockInstance, vi } from "vitest";

let errorSpy: MockInstance<typeof console.error>;
let allowed = false;

beforeEach(() => {
  allowed = false;
  errorSpy = vi.spyOn(console, "error");
});

afterEach(() => {
  const calls = errorSpy.mock.calls;
  errorSpy.mockRestore();
  if (!allowed) expect(calls, "unexpected console.error").toEqual([]);
});

/** Silences console.error for this test and returns the recorded calls. */
export function allowConsoleErrors(): unknown[][] {
  allowed = true;
  errorSpy.mockImplementation(() => {});
  return errorSpy.mock.calls;
}
