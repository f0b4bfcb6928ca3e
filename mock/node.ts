// msw for Node (jest's node project): `server.listen()` in the setup file.
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export { createHandlers, defaultStore, handlers } from './handlers';
export const server = setupServer(...handlers);
