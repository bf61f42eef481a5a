/** Where a usable Chromium lives: $CHROMIUM_PATH, then Debian's and other common paths. */
export function chromiumPath(): string | undefined;
/** Launch arguments that work headless on these machines. */
export const CHROMIUM_ARGS: readonly string[];
/** Arguments that keep the timers of background and hidden tabs at full speed. */
export const FULL_SPEED_TABS_ARGS: readonly string[];
