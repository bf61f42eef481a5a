import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/styles.css';
import { zhCN } from '../../src/i18n/zh-CN.js';
import {
  createCooldownStore,
  createGenAuthClient,
  GenAuthProvider,
  SendCodeButton,
  VerificationCodeInput,
} from '../../src/index.js';
import { STATE_WAIT } from '../helpers/state-wait.js';

afterEach(() => {
  cleanup();
  document.documentElement.style.fontSize = '';
});

function renderKit(ui: React.ReactNode) {
  const client = createGenAuthClient({ appId: 'a', appHost: 'x.genauth.test', fetch: vi.fn() });
  return render(
    <GenAuthProvider client={client} cooldownStore={createCooldownStore({ storage: null })}>
      <div style={{ padding: '0 16px' }}>{ui}</div>
    </GenAuthProvider>,
  );
}

const noSidewaysScroll = () =>
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
    document.documentElement.clientWidth,
  );

// WCAG 1.4.10: 320 CSS px is a 1280 px window at 400% zoom; 640 px with 200% text is a
// 1280 px window at 200% zoom with the user's larger font.
const layouts = [
  { name: '320 px', width: 320, fontSize: '' },
  { name: '640 px at 200% text', width: 640, fontSize: '200%' },
  { name: '1024 px', width: 1024, fontSize: '' },
];

describe.each(layouts)('the default theme at $name', ({ width, fontSize }) => {
  it('lays out <SendCodeButton> without sideways scrolling, the number in full', async () => {
    await page.viewport(width, 800);
    document.documentElement.style.fontSize = fontSize;
    renderKit(
      <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone="+8613800138000" messages={zhCN} />,
    );
    const button = screen.getByRole('button', { name: '获取验证码' });
    const number = screen.getByRole('textbox', { name: zhCN.phoneLabel }) as HTMLInputElement;
    const country = screen.getByRole('combobox');
    noSidewaysScroll();
    expect(button.getBoundingClientRect().right).toBeLessThanOrEqual(width);
    // "138 0013 8000" is not cut: the field scrolls nothing away.
    expect(number.scrollWidth).toBeLessThanOrEqual(number.clientWidth);
    // The country box gives way first, yet keeps the flag and the calling code readable.
    expect(country.scrollWidth).toBeLessThanOrEqual(country.clientWidth);
    expect(country.getBoundingClientRect().width).toBeLessThanOrEqual(
      number.getBoundingClientRect().width,
    );
    // Targets stay at least 24 px (WCAG 2.2 target size, minimum).
    expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
  });

  it.each([4, 6, 8])('shrinks %i code boxes to fit', async (length) => {
    await page.viewport(width, 800);
    document.documentElement.style.fontSize = fontSize;
    const { container } = renderKit(<VerificationCodeInput length={length} />);
    const boxes = [...container.querySelectorAll('.genauth-code-input__box')];
    expect(boxes).toHaveLength(length);
    noSidewaysScroll();
    const last = boxes.at(-1)?.getBoundingClientRect();
    expect(last?.right).toBeLessThanOrEqual(width - 16);
    // Still big enough to read and to tap.
    expect(last?.width).toBeGreaterThanOrEqual(24);
  });
});

describe('the country box in a wide row', () => {
  it('is as wide as what it shows while closed, and takes room to search when opened', async () => {
    await page.viewport(1024, 800);
    renderKit(<SendCodeButton channel="CHANNEL_LOGIN" defaultPhone="+8613800138000" />);
    const input = screen.getByRole('combobox');
    const country = input.closest('.genauth-country-select') as HTMLElement;
    const row = country.parentElement as HTMLElement;
    // Flag, "+86" and the chevron: not the half of the row it used to take.
    expect(country.getBoundingClientRect().width).toBeLessThanOrEqual(6.75 * 16 + 1);
    expect(country.getBoundingClientRect().width).toBeLessThan(
      row.getBoundingClientRect().width / 3,
    );
    expect(input.scrollWidth).toBeLessThanOrEqual(input.clientWidth);
    await userEvent.click(input);
    // The list is a chunk of its own: opened once it has arrived, however long that took.
    await vi.waitFor(() => expect(country).toHaveAttribute('data-open'), STATE_WAIT);
    await vi.waitFor(
      () => expect(country.getBoundingClientRect().width).toBeGreaterThanOrEqual(11.5 * 16 - 1),
      STATE_WAIT,
    );
  });
});
