import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/styles.css';
import { zhCN } from '../../src/i18n/zh-CN.js';
import {
  createCooldownStore,
  createGenAuthClient,
  GenAuthProvider,
  SendCodeButton,
} from '../../src/index.js';

afterEach(() => cleanup());

describe('<SendCodeButton> with the default theme', () => {
  // WCAG 1.4.10: at 320 CSS px (1280 px at 400%, or a phone at 200%) nothing may need
  // horizontal scrolling.
  it.each([320, 640])('reflows without horizontal scrolling at %i CSS px', async (width) => {
    await page.viewport(width, 800);
    const client = createGenAuthClient({ appId: 'a', appHost: 'x.genauth.test', fetch: vi.fn() });
    render(
      <GenAuthProvider client={client} cooldownStore={createCooldownStore({ storage: null })}>
        <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone="+8613800138000" messages={zhCN} />
      </GenAuthProvider>,
    );
    const button = screen.getByRole('button', { name: '获取验证码' });
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
    expect(button.getBoundingClientRect().right).toBeLessThanOrEqual(width);
    // The number field keeps a usable width rather than collapsing.
    const numberInput = document.querySelector('input[type="tel"]') as HTMLInputElement;
    expect(numberInput.getBoundingClientRect().width).toBeGreaterThanOrEqual(80);
    // Targets stay at least 24 px (WCAG 2.2 target size, minimum).
    expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
  });
});
