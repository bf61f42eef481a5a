import { createUserId } from './ids.js';
import type { PersistablePart } from './persistence.js';
import { isRecord } from './rules.js';
import {
  DEFAULT_COUNTRY_CODE,
  type EmailTarget,
  type PhoneTarget,
  type Target,
  targetKey,
} from './targets.js';
import type { GenAuthMockFactor, GenAuthMockUser, GenAuthMockUserSeed } from './types.js';

/** The mock's user pool; its snapshot is the list of users (passwords included). */
export interface UserStore extends PersistablePart {
  find(target: Target): GenAuthMockUser | undefined;
  /** The user with this exact username. */
  findByUsername(username: string): GenAuthMockUser | undefined;
  add(seed: GenAuthMockUserSeed): GenAuthMockUser;
  list(): readonly GenAuthMockUser[];
  /** The user with this id. */
  byId(userId: string): GenAuthMockUser | undefined;
  /** Replaces a user's phone (`undefined` removes it); the index follows. */
  setPhone(
    userId: string,
    phone: { phoneNumber: string; phoneCountryCode: string } | undefined,
  ): void;
  /** The user's password, when one was set (seed, password sign-up or reset). */
  passwordOf(userId: string): string | undefined;
  setPassword(userId: string, password: string): void;
  /** Replaces a user's MFA factors and whether their own MFA is on. */
  setMfa(userId: string, mfa: { enabled: boolean; factors: readonly GenAuthMockFactor[] }): void;
  /** Deletes a user: their phone and email are free again. */
  remove(userId: string): void;
  /** Back to the seeded users only. */
  reset(): void;
}

/** A user as stored: the public record plus the password, which `list()` never shows. */
type StoredUser = GenAuthMockUser & { password?: string | undefined };

/** The SMS factor (the MFA phone) of a user, when they have one. */
export function mfaPhoneOf(user: GenAuthMockUser): PhoneTarget | undefined {
  for (const factor of user.mfaFactors ?? []) {
    if (factor.factorType === 'SMS' && 'phoneNumber' in factor.profile) {
      return { type: 'sms', ...factor.profile };
    }
  }
  return undefined;
}

/** The email factor of a user, when they have one. */
export function mfaEmailOf(user: GenAuthMockUser): string | undefined {
  for (const factor of user.mfaFactors ?? []) {
    if (factor.factorType === 'EMAIL' && 'email' in factor.profile) return factor.profile.email;
  }
  return undefined;
}

/** A new factor, dated with the mock's clock. */
export function createFactor(
  profile: GenAuthMockFactor['profile'],
  nowMs: number,
): GenAuthMockFactor {
  return {
    factorId: createUserId(),
    factorType: 'phoneNumber' in profile ? 'SMS' : 'EMAIL',
    profile,
    createdAt: new Date(nowMs).toISOString(),
  };
}

function seedFactors(seed: GenAuthMockUserSeed, nowMs: number): GenAuthMockFactor[] {
  const factors: GenAuthMockFactor[] = [];
  if (seed.mfa?.phone) {
    factors.push(
      createFactor(
        {
          phoneNumber: seed.mfa.phone,
          phoneCountryCode: seed.mfa.phoneCountryCode || DEFAULT_COUNTRY_CODE,
        },
        nowMs,
      ),
    );
  }
  if (seed.mfa?.email) factors.push(createFactor({ email: seed.mfa.email.toLowerCase() }, nowMs));
  return factors;
}

function publicUser(stored: StoredUser): GenAuthMockUser {
  const { password: _password, ...user } = stored;
  return user;
}

/** A user pool that starts with `seeds` and returns to them on `reset()`. */
export function createUserStore(
  seeds: readonly GenAuthMockUserSeed[],
  now: () => number,
): UserStore {
  let byKey = new Map<string, StoredUser>();
  let users: StoredUser[] = [];

  function add(seed: GenAuthMockUserSeed): GenAuthMockUser {
    const phone: PhoneTarget | undefined = seed.phone
      ? {
          type: 'sms',
          phoneNumber: seed.phone,
          phoneCountryCode: seed.phoneCountryCode || DEFAULT_COUNTRY_CODE,
        }
      : undefined;
    const email: EmailTarget | undefined = seed.email
      ? { type: 'email', email: seed.email.toLowerCase() }
      : undefined;
    const user: StoredUser = {
      userId: seed.userId ?? createUserId(),
      phone: phone?.phoneNumber,
      phoneCountryCode: phone?.phoneCountryCode,
      email: email?.email,
      createdAt: new Date(now()).toISOString(),
      profile: { ...seed.profile },
      username: seed.username || undefined,
      mfaEnabled: seed.mfa !== undefined,
      mfaFactors: seedFactors(seed, now()),
      password: seed.password,
    };
    users.push(user);
    if (phone) byKey.set(targetKey(phone), user);
    if (email) byKey.set(targetKey(email), user);
    return publicUser(user);
  }

  function reindex(): void {
    byKey = new Map();
    for (const user of users) {
      if (user.phone) {
        byKey.set(
          targetKey({
            type: 'sms',
            phoneNumber: user.phone,
            phoneCountryCode: user.phoneCountryCode ?? DEFAULT_COUNTRY_CODE,
          }),
          user,
        );
      }
      if (user.email) byKey.set(targetKey({ type: 'email', email: user.email }), user);
    }
  }

  function update(userId: string, change: (user: StoredUser) => StoredUser): void {
    users = users.map((user) => (user.userId === userId ? change(user) : user));
    reindex();
  }

  function reset(): void {
    byKey = new Map();
    users = [];
    for (const seed of seeds) add(seed);
  }

  function restore(snapshot: unknown): void {
    if (!Array.isArray(snapshot)) throw new Error('users');
    users = snapshot.filter(isUser).map(readUser);
    reindex();
  }

  const found = (user: StoredUser | undefined) => (user ? publicUser(user) : undefined);

  reset();
  return {
    find: (target) => found(byKey.get(targetKey(target))),
    findByUsername: (username) => found(users.find((user) => user.username === username)),
    add,
    list: () => users.map(publicUser),
    byId: (userId) => found(users.find((user) => user.userId === userId)),
    setPhone(userId, phone) {
      update(userId, (user) => ({
        ...user,
        phone: phone?.phoneNumber,
        phoneCountryCode: phone?.phoneCountryCode,
      }));
    },
    passwordOf: (userId) => users.find((user) => user.userId === userId)?.password,
    setPassword(userId, password) {
      update(userId, (user) => ({ ...user, password }));
    },
    setMfa(userId, mfa) {
      update(userId, (user) => ({
        ...user,
        mfaEnabled: mfa.enabled,
        mfaFactors: [...mfa.factors],
      }));
    },
    remove(userId) {
      users = users.filter((user) => user.userId !== userId);
      reindex();
    },
    reset,
    snapshot: () => users,
    restore,
  };
}

function isUser(value: unknown): value is StoredUser {
  return isRecord(value) && typeof value.userId === 'string' && isRecord(value.profile);
}

function isFactor(value: unknown): value is GenAuthMockFactor {
  if (!isRecord(value) || typeof value.factorId !== 'string' || !isRecord(value.profile)) {
    return false;
  }
  const { profile } = value;
  return value.factorType === 'SMS'
    ? typeof profile.phoneNumber === 'string' && typeof profile.phoneCountryCode === 'string'
    : value.factorType === 'EMAIL' && typeof profile.email === 'string';
}

/** A saved user with the fields added later (username, password, MFA) checked or defaulted. */
function readUser(user: StoredUser): StoredUser {
  const factors: unknown = user.mfaFactors;
  return {
    ...user,
    profile: { ...user.profile },
    username: typeof user.username === 'string' ? user.username : undefined,
    password: typeof user.password === 'string' ? user.password : undefined,
    mfaEnabled: user.mfaEnabled === true,
    mfaFactors: Array.isArray(factors) ? factors.filter(isFactor) : [],
  };
}
