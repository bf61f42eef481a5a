import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Flag } from '../src/components/Flag.js';
import { setFlagGlyphs } from '../src/components/flag-glyphs.js';

const meta = {
  title: 'Components/Flag',
  component: Flag,
  args: { code: 'CN', unstyled: false },
  argTypes: {
    code: { control: 'text' },
    className: { control: 'text' },
  },
} satisfies Meta<typeof Flag>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The flag the country selector shows, decorative (`aria-hidden`). The emoji where this
 * platform draws flag emoji, else the ISO code in a badge. Try other codes (`JP`, `GB`) in
 * Controls.
 */
export const Default: Story = {};

/**
 * Always the badge (`setFlagGlyphs('badge')`, page-wide), as Windows shows it: the ISO code,
 * never two bare letters or empty boxes.
 */
export const Badge: Story = {
  args: { code: 'HK' },
  beforeEach() {
    setFlagGlyphs('badge');
    return () => setFlagGlyphs('auto');
  },
};

/** Test only (hidden from the sidebar and docs): {@link Badge}, step by step. */
export const BadgeBehaviour: Story = {
  ...Badge,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const flag = canvasElement.querySelector('[data-glyphs]');
    await expect(flag).toHaveAttribute('data-glyphs', 'badge');
    await expect(flag).toHaveAttribute('aria-hidden', 'true');
    await expect(flag).toHaveTextContent('HK');
  },
};
