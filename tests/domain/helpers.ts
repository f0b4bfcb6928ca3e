// Shared by the engine's tests: unwrap a Result, read its error, and the spec documents.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DomainError, Result } from '../../src/domain';

export const ROOT = path.resolve(__dirname, '../..');
export const readDoc = (relative: string): string => readFileSync(path.join(ROOT, relative), 'utf8');

/** The value of an ok Result; fails the test with the error otherwise. */
export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

/** The error of a failed Result; fails the test when it is ok. */
export function errorOf<T>(r: Result<T>): DomainError {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error;
}

export const paths = <T>(r: Result<T>): string[] => errorOf(r).details.map((d) => d.path);

/** Every message of an error is Chinese (a user can act on it). */
export function expectChinese(e: DomainError): void {
  expect(e.message).toMatch(/\p{Script=Han}/u);
  for (const d of e.details) expect(d.message).toMatch(/\p{Script=Han}/u);
}
