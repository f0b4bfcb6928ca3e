// Request bodies and query strings as the contract reads them, for the server (its JSON parser
// and query parser) and the mocks alike.
import { BODY_MESSAGES } from '../../src/api/contract';
import { ApiProblem } from './problem';

const malformed = () => new ApiProblem('VALIDATION_FAILED', BODY_MESSAGES.malformedJson, [{ path: '', message: BODY_MESSAGES.malformedJson }]);

// Only a text that could spell one of the keys needs the walk below.
const MAY_POISON = /__proto__|constructor|\\u/;

/** A JSON body; empty, malformed or prototype-poisoning text (`__proto__`, `constructor.prototype`) is 400. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') throw malformed();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformed();
  }
  if (MAY_POISON.test(text) && poisoned(value)) throw malformed();
  return value;
}

function poisoned(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(poisoned);
  if (typeof value !== 'object' || value === null) return false;
  for (const [key, child] of Object.entries(value)) {
    if (key === '__proto__') return true;
    if (key === 'constructor' && typeof child === 'object' && child !== null && Object.hasOwn(child, 'prototype')) return true;
    if (poisoned(child)) return true;
  }
  return false;
}

/** Query parameters (the text after `?`): a repeated name becomes an array of its values. */
export function parseQuery(search: string): Record<string, string | string[]> {
  const params = new URLSearchParams(search);
  // No prototype: `?__proto__=a&__proto__=b` stays a parameter.
  const out = Object.create(null) as Record<string, string | string[]>;
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? (all[0] ?? '') : all;
  }
  return out;
}
