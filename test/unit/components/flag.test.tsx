import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { Flag } from '../../../src/components/Flag.js';
import { flagGlyphsFromWidths, setFlagGlyphs } from '../../../src/components/flag-glyphs.js';
import { createGenAuthClient, GenAuthProvider, PhoneInput } from '../../../src/index.js';
import { isolatedStore } from '../../helpers/cooldown-fakes.js';

// Unmount first: resetting re-renders every mounted flag.
afterEach(() => {
  cleanup();
  setFlagGlyphs('auto');
});

describe('flagGlyphsFromWidths', () => {
  it('takes one glyph as wide as a lone regional indicator for a drawn flag', () => {
    expect(flagGlyphsFromWidths(40, 40)).toBe('emoji');
    expect(flagGlyphsFromWidths(44, 38)).toBe('emoji');
  });

  it('falls back to the badge for two letters or boxes side by side, or nothing drawn', () => {
    expect(flagGlyphsFromWidths(64, 32)).toBe('badge');
    expect(flagGlyphsFromWidths(0, 0)).toBe('badge');
    expect(flagGlyphsFromWidths(Number.NaN, 20)).toBe('badge');
  });
});

describe('<Flag>', () => {
  it('shows the ISO code in a badge where flags cannot be drawn (jsdom draws nothing)', () => {
    const { container } = render(<Flag code="cn" />);
    const flag = container.firstElementChild as HTMLElement;
    expect(flag).toHaveAttribute('aria-hidden', 'true');
    expect(flag).toHaveAttribute('data-glyphs', 'badge');
    expect(flag).toHaveTextContent(/^CN$/);
    expect(flag.querySelector('.genauth-flag__badge')).not.toBeNull();
  });

  it('shows the emoji when the page says flags are drawn, and follows a later change', () => {
    setFlagGlyphs('emoji');
    const { container } = render(<Flag code="JP" className="mine" />);
    const flag = container.firstElementChild as HTMLElement;
    expect(flag).toHaveAttribute('data-glyphs', 'emoji');
    expect(flag).toHaveTextContent('🇯🇵');
    expect(flag).toHaveClass('genauth-flag', 'mine');
    act(() => setFlagGlyphs('badge'));
    expect(flag).toHaveTextContent(/^JP$/);
  });

  it('renders the badge on the server, so hydration starts from the same markup', () => {
    expect(renderToString(<Flag code="TW" />)).toContain('data-glyphs="badge"');
    setFlagGlyphs('emoji');
    expect(renderToString(<Flag code="TW" />)).toContain('🇹🇼');
  });

  it('keeps only the user class when unstyled', () => {
    const { container } = render(<Flag code="CN" unstyled className="x" />);
    expect(container.innerHTML).not.toContain('genauth-');
    expect(container.firstElementChild).toHaveClass('x');
  });
});

describe('the country picker', () => {
  it('draws the chosen country and every option with <Flag>', async () => {
    const client = createGenAuthClient({ appId: 'a', appHost: 'x.genauth.test' });
    render(
      <GenAuthProvider client={client} cooldownStore={isolatedStore()}>
        <PhoneInput defaultCountry="CN" countries={['CN', 'JP']} />
      </GenAuthProvider>,
    );
    const combobox = screen.getByRole('combobox');
    expect(combobox.parentElement?.querySelector('[data-glyphs="badge"]')).toHaveTextContent(
      /^CN$/,
    );
    await userEvent.setup().click(combobox);
    const option = await screen.findByRole('option', { name: /Japan/ });
    expect(option.querySelector('[data-glyphs="badge"]')).toHaveTextContent(/^JP$/);
    act(() => setFlagGlyphs('emoji'));
    expect(option).toHaveTextContent('🇯🇵');
  });
});
