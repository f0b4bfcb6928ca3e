// The security headers of every answer (API, static files, framework errors), computed once at
// start. They are helmet 8's defaults with our Content-Security-Policy; @fastify/helmet rebuilt
// them (and the CSP string) on every request, about 11% of the server's CPU under load
// (bench/README.md), for an answer that never changes while the process runs.
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

/** The headers for an app serving `staticRoot` (null: API only). */
export function securityHeaders(staticRoot: string | null): SecurityHeaders {
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
