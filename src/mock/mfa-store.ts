import { createOneTimeToken } from './ids.js';
import type { PersistablePart } from './persistence.js';
import { isRecord } from './rules.js';

/** A sign-in waiting for its second factor: whose, until when, and which rule asked for it. */
export interface MfaTokenRecord {
  userId: string;
  expiresAt: number;
  /** 1636: the app's policy; 1635: the user's own MFA. */
  apiCode: 1635 | 1636;
}

/** An SMS factor enrolment in progress: the number its code went to. */
export interface EnrolmentRecord {
  userId: string;
  phoneNumber: string;
  phoneCountryCode: string;
  expiresAt: number;
}

/**
 * The MFA tokens (`mfaToken` of a sign-in, `enrollmentToken` of an enrolment), opaque random
 * strings. A token past its expiry is never returned; spent ones are deleted. Its snapshot is
 * `{ mfaTokens, enrolments }`, validated entry by entry on restore.
 */
export interface MfaStore extends PersistablePart {
  issueMfaToken(record: MfaTokenRecord): string;
  /** The live record of an `mfaToken`, if it is known and unexpired. */
  mfaToken(token: string, nowMs: number): MfaTokenRecord | undefined;
  spendMfaToken(token: string): void;
  issueEnrolment(record: EnrolmentRecord): string;
  /** The live record of an `enrollmentToken`, if it is known and unexpired. */
  enrolment(token: string, nowMs: number): EnrolmentRecord | undefined;
  spendEnrolment(token: string): void;
  /** Forgets every token of a user (the account was deleted). */
  forgetUser(userId: string): void;
  clear(): void;
}

function isMfaToken(value: unknown): value is MfaTokenRecord {
  return (
    isRecord(value) &&
    typeof value.userId === 'string' &&
    typeof value.expiresAt === 'number' &&
    (value.apiCode === 1635 || value.apiCode === 1636)
  );
}

function isEnrolment(value: unknown): value is EnrolmentRecord {
  return (
    isRecord(value) &&
    typeof value.userId === 'string' &&
    typeof value.expiresAt === 'number' &&
    typeof value.phoneNumber === 'string' &&
    typeof value.phoneCountryCode === 'string'
  );
}

function readRecords<T>(value: unknown, isValid: (entry: unknown) => entry is T): Map<string, T> {
  if (!isRecord(value)) throw new Error('mfa');
  const records = new Map<string, T>();
  for (const [token, entry] of Object.entries(value)) {
    if (isValid(entry)) records.set(token, { ...entry });
  }
  return records;
}

/** Drops the expired entries as it goes, so a long demo does not pile them up. */
function live<T extends { expiresAt: number }>(
  records: Map<string, T>,
  token: string,
  nowMs: number,
): T | undefined {
  for (const [key, record] of records) {
    if (record.expiresAt <= nowMs) records.delete(key);
  }
  return records.get(token);
}

/** An empty {@link MfaStore}. */
export function createMfaStore(): MfaStore {
  let mfaTokens = new Map<string, MfaTokenRecord>();
  let enrolments = new Map<string, EnrolmentRecord>();
  return {
    issueMfaToken(record) {
      const token = createOneTimeToken();
      mfaTokens.set(token, record);
      return token;
    },
    mfaToken: (token, nowMs) => live(mfaTokens, token, nowMs),
    spendMfaToken: (token) => void mfaTokens.delete(token),
    issueEnrolment(record) {
      const token = createOneTimeToken();
      enrolments.set(token, record);
      return token;
    },
    enrolment: (token, nowMs) => live(enrolments, token, nowMs),
    spendEnrolment: (token) => void enrolments.delete(token),
    forgetUser(userId) {
      for (const [token, record] of mfaTokens)
        if (record.userId === userId) mfaTokens.delete(token);
      for (const [token, record] of enrolments) {
        if (record.userId === userId) enrolments.delete(token);
      }
    },
    clear() {
      mfaTokens = new Map();
      enrolments = new Map();
    },
    snapshot: () => ({
      mfaTokens: Object.fromEntries(mfaTokens),
      enrolments: Object.fromEntries(enrolments),
    }),
    restore(snapshot) {
      if (!isRecord(snapshot)) throw new Error('mfa');
      mfaTokens = readRecords(snapshot.mfaTokens, isMfaToken);
      enrolments = readRecords(snapshot.enrolments, isEnrolment);
    },
  };
}
