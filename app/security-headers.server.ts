// HTTP hardening shared by every response: the security headers, a nonce
// for Remix's inline scripts, and the same-origin check on mutating requests.
import { randomBytes } from "node:crypto";

export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * As strict as Remix allows: scripts only from this site or with this
 * response's nonce. Styles allow inline: Plot's SVGs and the factsheet carry
 * style attributes, and a style cannot run code.
 */
export function securityHeaders(nonce: string): Record<string, string> {
  return {
    "Content-Security-Policy": [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery: a request that changes something must come
 * from a page of this site, which browsers say in Origin (or Referer). A
 * request that says neither is refused too: forms of this site always send one.
 */
export function sameOriginRequest(
  method: string,
  host: string | undefined,
  origin?: string,
  referer?: string,
): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  const source = origin ?? referer;
  if (!source || !host) return false;
  try {
    return new URL(source).host === host;
  } catch {
    return false;
  }
}
