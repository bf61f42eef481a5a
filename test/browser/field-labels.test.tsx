import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/styles.css';
import {
  createCooldownStore,
  createGenAuthClient,
  GenAuthProvider,
  NewPasswordInput,
  PhoneInput,
  VerificationCodeInput,
} from '../../src/index.js';

afterEach(cleanup);

/** The label text's size and weight, as the browser paints it with the kit's stylesheet. */
function labelLook(name: string) {
  const label = screen.getByText(name, { selector: 'label' });
  const { fontSize, fontWeight } = getComputedStyle(label);
  return { fontSize, fontWeight };
}

describe("the kit's field labels", () => {
  it('look alike in one form: phone, code and new password', () => {
    const client = createGenAuthClient({ appId: 'a', appHost: 'x.genauth.test', fetch: vi.fn() });
    render(
      <GenAuthProvider client={client} cooldownStore={createCooldownStore({ storage: null })}>
        <PhoneInput label="Phone" defaultCountry="CN" />
        <VerificationCodeInput label="Code" />
        <NewPasswordInput label="Password" />
      </GenAuthProvider>,
    );
    const phone = labelLook('Phone');
    expect(Number(phone.fontWeight)).toBeGreaterThanOrEqual(600);
    expect(labelLook('Code')).toEqual(phone);
    expect(labelLook('Password')).toEqual(phone);
  });
});
