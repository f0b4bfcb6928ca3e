// The fixed clock and secret of every fuzz app (no server import, so arbitraries stay light).
export const FUZZ_SECRET = 'fuzz-secret-0123456789abcdef-xyz';
/** 2026-03-20 16:00 in Shanghai: the fixed "now" of every fuzz app. */
export const FUZZ_NOW = new Date('2026-03-20T08:00:00.000Z');
export const FUZZ_TODAY = '2026-03-20';
