// The app's way to the policy API; schemas stay in ./contract (import types from there).
export { createApiClient, type ApiClient, type ApiClientOptions, type ServicePackagesParams, type TokenGetter } from './client';
export { ApiError, isApiError, CLIENT_MESSAGES, type ApiErrorCode } from './errors';
export { TransportFailure, type Transport, type TransportRequest, type TransportResponse } from './transport';
