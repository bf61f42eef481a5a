// Builds dist/styles.css from src/styles.css by inlining its local @imports, so consumers
// import one file and no bundler feature is needed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function inline(file) {
  const css = readFileSync(file, 'utf8');
  return css.replace(/^@import\s+["'](\.[^"']+)["'];\s*$/gm, (_line, path) =>
    inline(join(dirname(file), path)),
  );
}

mkdirSync('dist', { recursive: true });
writeFileSync('dist/styles.css', inline('src/styles.css'));
// The login button's part of it (issue 22: its CSS at most 2.3 kB), for pages with no other
// component.
writeFileSync('dist/send-code-button.css', inline('src/send-code-button.css'));
// The flows' card, for pages that use `genauth-sms-react/flows`.
writeFileSync('dist/flows.css', inline('src/flows/flows.css'));
