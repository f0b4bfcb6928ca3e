// Any other path or method under /api/v1 is 404 NOT_FOUND, as on the server. Registered last.
import { http } from 'msw';
import { errorAnswer } from '../../src/api/contract';
import { json, type MockContext } from '../http';

export const fallbackHandlers = (ctx: MockContext) => [http.all(`${ctx.base}/*`, () => json(errorAnswer('NOT_FOUND'), 404))];
