/**
 * True for a test-only story: one tagged `['!dev', '!autodocs']`, whose `!dev` removed the
 * `dev` tag every story starts with. Such a story runs as a Vitest test (with axe) but is
 * hidden from the sidebar and the docs pages. (Write the tags inline: Storybook reads them
 * from the source, so a constant is refused with "CSF: Expected tags array".)
 */
export function isTestOnlyStory(tags: readonly string[]): boolean {
  return !tags.includes('dev');
}
