/**
 * Every attribute value under `root`, as a CSS-injection keylogger, a session-replay tool or a
 * DOM snapshot in an error report reads them.
 */
export function attributeValues(root: Element): string[] {
  return [root, ...root.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].map((attribute) => attribute.value),
  );
}

/** True when `secret` is in the markup of `root` or in any of its attributes. */
export function domHolds(root: Element, secret: string): boolean {
  return root.outerHTML.includes(secret) || attributeValues(root).some((v) => v.includes(secret));
}
