import { describe, expect, it } from 'vitest';
import { cooldownKey } from '../../../../src/core/cooldown/key.js';

describe('cooldownKey', () => {
  it('joins kind, channel and recipient', () => {
    expect(cooldownKey('CHANNEL_LOGIN', '+8613800138000')).toBe('sms:CHANNEL_LOGIN:+8613800138000');
  });

  it('differs per channel and per number', () => {
    const keys = new Set([
      cooldownKey('CHANNEL_LOGIN', '+8613800138000'),
      cooldownKey('CHANNEL_REGISTER', '+8613800138000'),
      cooldownKey('CHANNEL_LOGIN', '+8613900139000'),
      cooldownKey('CHANNEL_LOGIN', '+8613800138000', 'email'),
    ]);
    expect(keys.size).toBe(4);
  });

  it('drops cosmetic separators from phone numbers', () => {
    expect(cooldownKey('CHANNEL_LOGIN', ' +86 138-0013.8000 ')).toBe(
      cooldownKey('CHANNEL_LOGIN', '+8613800138000'),
    );
    expect(cooldownKey('CHANNEL_LOGIN', '+1 (415) 555-0100')).toBe(
      'sms:CHANNEL_LOGIN:+14155550100',
    );
  });

  it('lower-cases and trims emails, keeping their dots', () => {
    expect(cooldownKey('CHANNEL_LOGIN', '  Jane.Doe@Example.COM ', 'email')).toBe(
      'email:CHANNEL_LOGIN:jane.doe@example.com',
    );
  });
});
