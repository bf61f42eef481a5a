import { expect, waitFor, type within } from 'storybook/test';
import { STATE_WAIT } from '../../.storybook/waits.js';

/**
 * The alert that says `text`. The page holds several alert regions (the send button's stays
 * in the DOM, empty, so screen readers track it), so look for the one with the message.
 */
export function findAlert(canvas: ReturnType<typeof within>, text: string): Promise<HTMLElement> {
  return waitFor(() => {
    const alert = canvas
      .queryAllByRole('alert')
      .find((el: HTMLElement) => el.textContent?.includes(text));
    expect(alert).toBeDefined();
    return alert as HTMLElement;
  }, STATE_WAIT);
}
