/** @internal At most 40 characters of `value`, quoted, for an error message. */
export function preview(value: unknown): string {
  return JSON.stringify(String(value).slice(0, 40));
}
