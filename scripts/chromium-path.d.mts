/** Where a usable Chromium lives: $CHROMIUM_PATH, then Debian's and other common paths. */
export function chromiumPath(): string | undefined;
