import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/styles.css';
import { enUS } from '../../src/i18n/en-US.js';
import { jaJP } from '../../src/i18n/ja-JP.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { zhTW } from '../../src/i18n/zh-TW.js';
import {
  createCooldownStore,
  createGenAuthClient,
  GenAuthProvider,
  SendCodeButton,
  VerificationCodeInput,
} from '../../src/index.js';

afterEach(() => cleanup());

describe.each([enUS, zhCN, zhTW, jaJP])('in Chromium, messages={$locale}', (catalogue) => {
  it('labels every part of the kit in that language, and only in it', () => {
    const client = createGenAuthClient({ appId: 'a', appHost: 'x.genauth.test', fetch: vi.fn() });
    const { container } = render(
      <GenAuthProvider
        client={client}
        cooldownStore={createCooldownStore({ storage: null })}
        messages={catalogue}
      >
        <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone="+8613800138000" />
        <VerificationCodeInput />
      </GenAuthProvider>,
    );
    expect(screen.getByRole('textbox', { name: catalogue.phoneLabel })).toBeVisible();
    expect(screen.getByRole('combobox', { name: catalogue.countryLabel })).toBeVisible();
    expect(screen.getByRole('button', { name: catalogue.sendCode })).toBeVisible();
    expect(screen.getByRole('textbox', { name: catalogue.codeLabel })).toBeVisible();
    // No text of another catalogue leaks in.
    for (const other of [enUS, zhCN, zhTW, jaJP]) {
      if (other === catalogue || other.sendCode === catalogue.sendCode) continue;
      expect(container.textContent).not.toContain(other.sendCode);
      expect(container.textContent).not.toContain(other.phoneLabel);
    }
  });
});
