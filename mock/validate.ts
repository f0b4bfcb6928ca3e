// The mocks validate with the same contract schemas as the server. The contract's explain()
// decides and words the details exactly as the server does after ajv: it counts string lengths
// in code points as ajv does (TypeBox's Value counts UTF-16 units, so an id of 200 emoji would
// pass the server and fail here). tests/api/contract-schemas.test.ts keeps explain() and
// TypeBox's checker in agreement elsewhere.
import { type TSchema } from '@sinclair/typebox';
import { explain, type ErrorDetail } from '../src/api/contract';

/** null when `value` matches `schema`, else the details of a 400. */
export function violations(schema: TSchema, value: unknown): ErrorDetail[] | null {
  const details = explain(schema, value);
  return details.length === 0 ? null : details;
}
