import { describe, expect, it } from "vitest";
import { sameOriginRequest, securityHeaders } from "~/security-headers.server";

describe("cross-site request forgery", () => {
  it.each([
    ["GET", undefined, undefined, true],
    ["POST", "https://impact.example.nl", undefined, true],
    ["POST", undefined, "https://impact.example.nl/import", true],
    ["POST", "https://evil.example", undefined, false],
    ["POST", undefined, "https://evil.example/impact.example.nl", false],
    ["POST", undefined, undefined, false],
    ["DELETE", "null", undefined, false],
  ])("%s with Origin %s and Referer %s: allowed %s", (method, origin, referer, allowed) => {
    expect(sameOriginRequest(method, "impact.example.nl", origin, referer)).toBe(allowed);
  });
});

describe("security headers", () => {
  it("allow scripts only from the site or with the nonce, and no framing", () => {
    const headers = securityHeaders("abc123");
    expect(headers["Content-Security-Policy"]).toContain("script-src 'self' 'nonce-abc123'");
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headers["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(headers["Referrer-Policy"]).toBe("same-origin");
  });
});
