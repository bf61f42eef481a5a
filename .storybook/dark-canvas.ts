/**
 * Under test only: fails unless the page is dark as a host page would be with the `theme`
 * toolbar on dark: `data-theme="dark"` and `color-scheme: dark` on <html>, and a dark paint at
 * the bottom corners of the viewport (no white band below a short or a long story).
 */
export function assertDarkCanvas(): void {
  const root = document.documentElement;
  const problems: string[] = [];
  if (root.getAttribute('data-theme') !== 'dark') {
    problems.push(`<html data-theme> is ${JSON.stringify(root.getAttribute('data-theme'))}`);
  }
  const scheme = getComputedStyle(root).colorScheme;
  if (scheme !== 'dark') problems.push(`<html> has color-scheme ${JSON.stringify(scheme)}`);
  const bottom = root.clientHeight - 1;
  for (const x of [1, root.clientWidth - 1]) {
    const paint = paintAt(x, bottom);
    if (!paint || luminance(paint) > 0.2) {
      problems.push(
        `the page at (${x}, ${bottom}) is ${paint ? `rgb(${paint.join(', ')})` : "unpainted (the browser's default canvas)"}`,
      );
    }
  }
  if (problems.length > 0) throw new Error(`The canvas is not dark: ${problems.join('; ')}`);
}

/** The colour of the first element painting a background at the point, from the top down. */
function paintAt(x: number, y: number): number[] | undefined {
  for (let element = document.elementFromPoint(x, y); element; element = element.parentElement) {
    const channels = (getComputedStyle(element).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    const alpha = channels[3] ?? 1;
    if (channels.length >= 3 && alpha > 0) return channels.slice(0, 3);
  }
  return undefined;
}

/** Relative luminance (WCAG), 0 for black to 1 for white. */
function luminance([r = 0, g = 0, b = 0]: number[]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
