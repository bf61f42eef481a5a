import type { GenAuthMockUser } from './types.js';

/** The `UserDto`-shaped `data` of a successful sign-up. */
export function userData(user: GenAuthMockUser): Record<string, unknown> {
  return {
    ...user.profile,
    userId: user.userId,
    username: user.username,
    phone: user.phone,
    phoneCountryCode: user.phoneCountryCode,
    email: user.email,
    status: 'Activated',
    createdAt: user.createdAt,
    updatedAt: user.createdAt,
    phoneVerified: user.phone !== undefined,
    emailVerified: user.email !== undefined,
    userSourceType: 'register',
  };
}
