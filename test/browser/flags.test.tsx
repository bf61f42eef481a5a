import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/styles.css';
import {
  flagGlyphsFromWidths,
  getFlagGlyphs,
  setFlagGlyphs,
} from '../../src/components/flag-glyphs.js';
import {
  createCooldownStore,
  createGenAuthClient,
  GenAuthProvider,
  PhoneInput,
} from '../../src/index.js';

afterEach(() => {
  cleanup();
  setFlagGlyphs('auto');
});

/** The width this page really lays `text` out at, in the kit's font. */
function laidOutWidth(text: string): number {
  const probe = document.createElement('span');
  probe.className = 'genauth-phone-input';
  probe.style.cssText = 'position:absolute;white-space:nowrap;font-size:32px';
  probe.textContent = text;
  document.body.append(probe);
  const { width } = probe.getBoundingClientRect();
  probe.remove();
  return width;
}

function renderPhoneInput() {
  const client = createGenAuthClient({ appId: 'a', appHost: 'x.genauth.test' });
  render(
    <GenAuthProvider client={client} cooldownStore={createCooldownStore({ storage: null })}>
      <PhoneInput defaultCountry="CN" />
    </GenAuthProvider>,
  );
  const combobox = screen.getByRole('combobox');
  const flag = combobox.parentElement?.querySelector('.genauth-flag') as HTMLElement;
  return { combobox, flag };
}

describe('flag detection in a real browser', () => {
  it('agrees with how the page lays out a flag and a lone regional indicator', () => {
    const expected = flagGlyphsFromWidths(laidOutWidth('🇨🇳'), laidOutWidth('🇨'));
    expect(getFlagGlyphs()).toBe(expected);
  });

  it('shows the ISO badge, not letters or boxes, when the platform has no flag glyphs', () => {
    setFlagGlyphs('badge');
    const { combobox, flag } = renderPhoneInput();
    expect(flag).toHaveAttribute('data-glyphs', 'badge');
    expect(flag).toHaveTextContent(/^CN$/);
    expect(flag.textContent).not.toMatch(/[\u{1F1E6}-\u{1F1FF}]/u);
    // The badge sits in the flag area, clear of the "+86" typed text.
    const badge = flag.getBoundingClientRect();
    const textStart =
      combobox.getBoundingClientRect().left +
      Number.parseFloat(getComputedStyle(combobox).paddingLeft);
    expect(badge.width).toBeGreaterThan(10);
    expect(badge.right).toBeLessThanOrEqual(textStart);
  });

  it('shows the emoji where the platform draws flags', () => {
    setFlagGlyphs('emoji');
    const { flag } = renderPhoneInput();
    expect(flag).toHaveAttribute('data-glyphs', 'emoji');
    expect(flag).toHaveTextContent('🇨🇳');
  });

  it('without an override, this browser gets the drawing it can show', () => {
    const { flag } = renderPhoneInput();
    expect(flag).toHaveAttribute('data-glyphs', getFlagGlyphs());
  });
});
