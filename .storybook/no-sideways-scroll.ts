/**
 * Under test only: fails the story when its page scrolls sideways (WCAG 1.4.10 reflow). The
 * `storybook` Vitest project runs it on every story at 1200 and at 320 CSS px (see
 * same-visit-checks.ts), so this is the reflow check.
 */
export function assertNoSidewaysScroll(): void {
  const root = document.documentElement;
  const overflow = root.scrollWidth - root.clientWidth;
  if (overflow <= 0) return;
  const culprits = [...document.body.querySelectorAll<HTMLElement>('*')]
    .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
    .slice(0, 5)
    .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`);
  throw new Error(
    `The story scrolls sideways by ${overflow}px at ${root.clientWidth}px wide. Widest: ${culprits.join(', ')}`,
  );
}
