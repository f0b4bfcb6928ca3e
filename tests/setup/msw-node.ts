// msw once for every node test: an unhandled request fails the test that made it.
import { server } from '../../mock/node';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
