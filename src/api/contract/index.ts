// The v1 contract (docs/spec/api.md): schemas, static types, route table, error wording.
export * from './common';
export * from './reference';
export * from './computations';
export * from './after-birth';
export * from './accounts';
export * from './routes';
export { explain } from './explain';
export * from './enrollment';
