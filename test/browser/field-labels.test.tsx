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
  const { fontSize, fontWeight, fontFamily, color } = getComputedStyle(label);
  return { fontSize, fontWeight, fontFamily, color };
}

describe("the kit's field labels", () => {
  // The page's own font is a serif: a field that does not set the kit's would show it.
  it('look alike in one form, on a page with its own font: phone, code and new password', () => {
    const client = createGenAuthClient({ appId: 'a', appHost: 'x.genauth.test', fetch: vi.fn() });
    render(
      <GenAuthProvider client={client} cooldownStore={createCooldownStore({ storage: null })}>
        <div style={{ fontFamily: 'serif', color: 'rgb(1, 2, 3)' }}>
          <PhoneInput label="Phone" defaultCountry="CN" />
          <VerificationCodeInput label="Code" />
          <NewPasswordInput label="Password" />
        </div>
      </GenAuthProvider>,
    );
    const phone = labelLook('Phone');
    expect(Number(phone.fontWeight)).toBeGreaterThanOrEqual(600);
    expect(labelLook('Code')).toEqual(phone);
    expect(labelLook('Password')).toEqual(phone);
  });
});
