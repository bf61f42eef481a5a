export type { GenAuthMock, GenAuthMockOptions } from './create-genauth-mock.js';
export { createGenAuthMock } from './create-genauth-mock.js';
export type {
  GenAuthMockPersistOptions,
  GenAuthMockStorage,
  GenAuthMockStorageEventTarget,
} from './persistence.js';
export type { GenAuthMockError } from './responses.js';
export { GENAUTH_MOCK_ACCOUNT_ERRORS, GENAUTH_MOCK_ERRORS } from './responses.js';
export type { GenAuthMockTokenSet } from './tokens.js';
export type {
  GenAuthMockEmail,
  GenAuthMockEndpoint,
  GenAuthMockFactor,
  GenAuthMockFailure,
  GenAuthMockFailureInput,
  GenAuthMockFailureMode,
  GenAuthMockMessage,
  GenAuthMockMfaFactorType,
  GenAuthMockMfaPolicy,
  GenAuthMockMfaSeed,
  GenAuthMockRecipient,
  GenAuthMockSms,
  GenAuthMockUser,
  GenAuthMockUserSeed,
} from './types.js';
