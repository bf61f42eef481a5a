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
import type { GenAuthMockUser, GenAuthMockUserSeed } from './types.js';

/** The mock's user pool; its snapshot is the list of users. */
export interface UserStore extends PersistablePart {
  find(target: Target): GenAuthMockUser | undefined;
  add(seed: GenAuthMockUserSeed): GenAuthMockUser;
  list(): readonly GenAuthMockUser[];
  /** The user with this id. */
  byId(userId: string): GenAuthMockUser | undefined;
  /** Replaces a user's phone (`undefined` removes it); the index follows. */
  setPhone(
    userId: string,
    phone: { phoneNumber: string; phoneCountryCode: string } | undefined,
  ): void;
  /** Deletes a user: their phone and email are free again. */
  remove(userId: string): void;
  /** Back to the seeded users only. */
  reset(): void;
}

/** A user pool that starts with `seeds` and returns to them on `reset()`. */
export function createUserStore(
  seeds: readonly GenAuthMockUserSeed[],
  now: () => number,
): UserStore {
  let byKey = new Map<string, GenAuthMockUser>();
  let users: GenAuthMockUser[] = [];

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
    const user: GenAuthMockUser = {
      userId: seed.userId ?? createUserId(),
      phone: phone?.phoneNumber,
      phoneCountryCode: phone?.phoneCountryCode,
      email: email?.email,
      createdAt: new Date(now()).toISOString(),
      profile: { ...seed.profile },
    };
    users.push(user);
    if (phone) byKey.set(targetKey(phone), user);
    if (email) byKey.set(targetKey(email), user);
    return user;
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

  function reset(): void {
    byKey = new Map();
    users = [];
    for (const seed of seeds) add(seed);
  }

  function restore(snapshot: unknown): void {
    if (!Array.isArray(snapshot)) throw new Error('users');
    users = snapshot.filter(isUser).map((user) => ({ ...user, profile: { ...user.profile } }));
    reindex();
  }

  reset();
  return {
    find: (target) => byKey.get(targetKey(target)),
    add,
    list: () => [...users],
    byId: (userId) => users.find((user) => user.userId === userId),
    setPhone(userId, phone) {
      users = users.map((user) =>
        user.userId === userId
          ? { ...user, phone: phone?.phoneNumber, phoneCountryCode: phone?.phoneCountryCode }
          : user,
      );
      reindex();
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

function isUser(value: unknown): value is GenAuthMockUser {
  return isRecord(value) && typeof value.userId === 'string' && isRecord(value.profile);
}
