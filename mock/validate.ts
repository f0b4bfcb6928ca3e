// The mocks validate with the same contract schemas as the server: TypeBox's own checker
// decides, and the contract's explain() words the details exactly as the server does.
import { type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { explain, type ErrorDetail } from '../src/api/contract';

/** null when `value` matches `schema`, else the details of a 400. */
export function violations(schema: TSchema, value: unknown): ErrorDetail[] | null {
  const details = explain(schema, value);
  if (details.length === 0 && Value.Check(schema, value)) return null;
  return details.length > 0 ? details : [{ path: '', message: '请求内容不符合接口约定' }];
}
