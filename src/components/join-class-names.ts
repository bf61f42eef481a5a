/** Joins class names, skipping empty ones: `joinClassNames('a', false, undefined, 'b')` → `'a b'`. */
export function joinClassNames(
  ...names: Array<string | false | null | undefined>
): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

/** `''` when `flag` is true, so React renders a bare `data-*` attribute; omitted otherwise. */
export function dataFlag(flag: boolean | undefined): '' | undefined {
  return flag ? '' : undefined;
}

/**
 * The class-name builder of a component: the kit's own class (dropped when `unstyled`) plus
 * whatever the user passed for that part.
 * @example const cls = kitClassNames(unstyled); cls('genauth-send-code__button', classNames.button)
 */
export function kitClassNames(unstyled: boolean) {
  return (own: string, extra?: string): string | undefined =>
    joinClassNames(!unstyled && own, extra);
}
