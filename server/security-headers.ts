// The security headers of every answer, computed once at start (@fastify/helmet rebuilds them on
// every request).
// - Documents (the H5 app: index.html, scripts, styles): helmet 8's defaults with our CSP.
// - API answers (JSON under /api/): the set of the OWASP REST Security Cheat Sheet. The
//   document-only headers (COOP, Origin-Agent-Cluster, Referrer-Policy, X-DNS-Prefetch-Control,
//   X-Download-Options, X-Permitted-Cross-Domain-Policies, X-XSS-Protection) do nothing for a JSON
//   answer read by fetch, and each header costs time on every answer;
//   `Cache-Control: no-store` keeps answers with personal data out of every cache.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type SecurityHeaders = Readonly<Record<string, string>>;

/** CSP hashes of the inline scripts in the H5 index.html (Taro's rem snippet), so no 'unsafe-inline'. */
export function inlineScriptHashes(staticRoot: string): string[] {
  const index = path.join(staticRoot, 'index.html');
  if (!fs.existsSync(index)) return [];
  const html = fs.readFileSync(index, 'utf8');
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    const body = m[1] ?? '';
    if (body.trim() !== '') hashes.push(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  }
  return hashes;
}

export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...scriptHashes]],
    // Taro's H5 components set inline styles at run time.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join(';');
}

/** Headers of the API's JSON answers (errors and 404s included). */
export const API_SECURITY_HEADERS: SecurityHeaders = Object.freeze({
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none';frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
});

/** Headers of everything else: the H5 app's files served from `staticRoot` (null: none). */
export function documentSecurityHeaders(staticRoot: string | null): SecurityHeaders {
  return Object.freeze({
    'content-security-policy': contentSecurityPolicy(staticRoot ? inlineScriptHashes(staticRoot) : []),
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'no-referrer',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-frame-options': 'SAMEORIGIN',
    'x-permitted-cross-domain-policies': 'none',
    'x-xss-protection': '0',
  });
}
