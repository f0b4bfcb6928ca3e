// The engine answers Result<T>; its errors become contract errors.
import { type Result } from '../../src/domain';
import { fromDomain } from '../errors';

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw fromDomain(result.error);
  return result.value;
}
