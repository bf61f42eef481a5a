import { createUserId } from './ids.js';
import { DEFAULT_COUNTRY_CODE, type Target, targetKey } from './targets.js';
import type { GenAuthMockUser, GenAuthMockUserSeed } from './types.js';

/** The mock's user pool. */
export interface UserStore {
  find(target: Target): GenAuthMockUser | undefined;
  add(seed: GenAuthMockUserSeed): GenAuthMockUser;
  list(): readonly GenAuthMockUser[];
  /** Back to the seeded users only. */
  reset(): void;
}

function keysOf(user: GenAuthMockUser): string[] {
  const keys: string[] = [];
  if (user.phone !== undefined) {
    keys.push(
      targetKey({
        type: 'sms',
        phoneNumber: user.phone,
        phoneCountryCode: user.phoneCountryCode ?? DEFAULT_COUNTRY_CODE,
      }),
    );
  }
  if (user.email !== undefined) keys.push(targetKey({ type: 'email', email: user.email }));
  return keys;
}

/** A user pool that starts with `seeds` and returns to them on `reset()`. */
export function createUserStore(
  seeds: readonly GenAuthMockUserSeed[],
  now: () => number,
): UserStore {
  let byKey = new Map<string, GenAuthMockUser>();
  let users: GenAuthMockUser[] = [];

  function add(seed: GenAuthMockUserSeed): GenAuthMockUser {
    const user: GenAuthMockUser = {
      userId: seed.userId ?? createUserId(),
      phone: seed.phone || undefined,
      phoneCountryCode: seed.phone ? seed.phoneCountryCode || DEFAULT_COUNTRY_CODE : undefined,
      email: seed.email ? seed.email.toLowerCase() : undefined,
      createdAt: new Date(now()).toISOString(),
      profile: { ...seed.profile },
    };
    users.push(user);
    for (const key of keysOf(user)) byKey.set(key, user);
    return user;
  }

  function reset(): void {
    byKey = new Map();
    users = [];
    for (const seed of seeds) add(seed);
  }

  reset();
  return {
    find: (target) => byKey.get(targetKey(target)),
    add,
    list: () => [...users],
    reset,
  };
}
