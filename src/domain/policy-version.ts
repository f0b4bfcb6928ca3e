/** Bumped whenever a rule, amount, date or citation of the policy data changes (GET /health). */
export const POLICY_VERSION = '2026.02.1';
