import { expect, userEvent } from 'storybook/test';

/**
 * Presses Tab (Shift+Tab with `backwards`) until `target` has focus, as a keyboard user would,
 * and fails when it is not reachable within `limit` presses.
 */
export async function tabTo(target: HTMLElement, { backwards = false, limit = 30 } = {}) {
  for (let i = 0; i < limit && document.activeElement !== target; i += 1) {
    await userEvent.tab({ shift: backwards });
  }
  await expect(target).toHaveFocus();
}

/** Tabs to `target` and presses Enter (a button, a submit). */
export async function activate(target: HTMLElement) {
  await tabTo(target);
  await userEvent.keyboard('{Enter}');
}
