// Size budgets, measured as a consumer's bundler sees the built package (see
// scripts/consumer-bundle.mjs). `node scripts/check-size.mjs [budget-id...]` checks the named
// budgets (all by default) and exits non-zero when one is over; `npm test` runs each as a test.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { bundlePage, downloads, kB } from './consumer-bundle.mjs';
import { measureKit, measureSignInFlow } from './size-scenarios.mjs';

/** Limits in bytes (1 kB = 1000 B) of min+gzip JavaScript a browser downloads. */
const BUDGETS = [
  {
    id: 'first-paint',
    name: '<SendCodeButton defaultCountry="CN"> in <GenAuthProvider>: eager JS before it renders with its right state',
    // Issue 22's goal: 15 kB, NOT met. The phone engine (libphonenumber-js) and the pieces load
    // after the first paint, requested at mount; until then the field shows the digits as typed
    // and the verdict `pending`. Was 28,559 B; 18,390 B on the issue-22 branch; measured
    // 18,467 B after merging main (issue 20's calls and client checks, issue 23's keyboard
    // handling: +77 B); 18,174 B (from 18,495 B just before) once the field's editing that
    // needs a numbering plan (grouping, the country following the number, trunk prefixes,
    // the Backspace-over-a-separator fix) moved into the engine's chunk: before the engine the
    // field keeps the digits as typed, a complete calling code split off by the index alone.
    // README "Size" says what is left toward the goal.
    limit: 18_250,
    measure: async () => (await kitFigures()).eager.gzip,
  },
  {
    id: 'kit-own-code',
    name: "the kit's own code in that first paint (libphonenumber-js and phone metadata left out)",
    // Issue 22's goal: 13 kB, NOT met. Was 18,427 B; 17,769 B on the issue-22 branch; measured
    // 17,837 B after merging main (+68 B, as above); 17,532 B (from 17,870 B) with the field's
    // editing in the engine's chunk, as above. README "Size" splits it by area.
    limit: 17_600,
    measure: async () => (await kitFigures()).own,
  },
  {
    id: 'first-send',
    name: 'the login button after a typed mainland number and its first send, every chunk fetched',
    // Issue 22's goal: no more than before it, 33,801 B (33,654 B when the issue was filed), NOT
    // met: measured 34,274 B after merging main (34,197 B on the issue-22 branch), the engine and
    // the chunk shared with the lazy chunks being files of their own; 34,857 B (from 34,350 B)
    // once the field's editing moved into the engine's chunk: the first paint's -321 B cost
    // +507 B here, code compressing worse in the small engine chunk than among the page's
    // (and the pre-engine edit beside the engine's). The limit keeps it from growing.
    limit: 34_950,
    measure: async () => (await kitFigures()).firstSend,
  },
  {
    id: 'button-css',
    name: "genauth-sms-react/send-code-button.css, the login button's CSS (min+gzip)",
    // Issue 22's goal: 2.3 kB (all of styles.css is 2.9 kB): the theme, the phone field, the
    // country selector and the button, without the code boxes and password rules.
    limit: 2_300,
    measure: () => cssSize('dist/send-code-button.css'),
  },
  {
    id: 'core-entry',
    name: 'genauth-sms-react/core, every export, libphonenumber-js left out',
    // Every endpoint and account flow the kit offers, so it grows with them; with the phone
    // engine's calling-code index, nine zone tables' import()s, store and loader. Measured 13.3,
    // then 13,911 B with issue 21's classes (busy error, per-app store, E.164 split), then
    // 15,782 B with issue 20's ten calls (password sign-in and sign-up, the MFA-required error,
    // V2 verify and check, the four enrolment calls) and the transport's GET and V2 reading.
    limit: 16_000,
    measure: async () => {
      const chunks = await bundlePage('core-entry', "export * from 'genauth-sms-react/core';", {
        external: ['libphonenumber-js', 'libphonenumber-js/*'],
      });
      return downloads(chunks).total;
    },
  },
  {
    id: 'sign-in-flow-eager',
    name: "<PhoneSignIn> in <GenAuthProvider>, on load: at most the login button's figure + 5 kB",
    // Issue 19: the ready flow costs at most 5 kB over the login button's figure (the button up
    // to a typed mainland number, the second row of README "Size"). Measured 27,007 B against a
    // limit of 35,430 B (the engine being lazy on both pages, the flow loads it after its paint).
    limit: "the login button's figure + 5 kB",
    measure: async () => (await flowFigures()).eager.gzip,
    limitOf: async () => (await kitFigures()).mainland.total + 5_000,
  },
  {
    id: 'sign-in-flow-first-send',
    name: '<PhoneSignIn> after a mainland number and its first send, over the login button after the same',
    // The goal is +5 kB and it is NOT met: measured +8,540 B (42,814 B against 34,274 B; +5.7 kB
    // at edfd6af, before issues 20 and 22). All of it is eager JS of the flow page (27,007 B
    // against the button's 18,467 B). Of its minified bytes (sources bundled alike): the flow
    // (PhoneSignIn, its hook, the code step's state, the resume store, card and forms) ~10.3 kB,
    // the code boxes (VerificationCodeInput with Web OTP) ~5.9 kB, the MFA refusal, session,
    // step loader and the MFA step's calls ~3.2 kB, the sign-in call ~1.8 kB, the flow texts
    // ~1.7 kB. About 0.8 kB gzip of it is the lazy MFA step's calls
    // (verifyMfaSms...), maskMfaPhone and enUSFlowMfa: esbuild assigns chunks by file, and the
    // files holding them are public exports the page imports statically, so their code joins
    // the eager shared chunk. The limit, +8.67 kB, keeps what is there from growing (+8,621 B
    // once the field's editing moved into the engine's chunk, from +8,572 B: the flow's page
    // shares a little less of it with its own code; +8,660 B once the refusal of an unusable
    // number had one home, requireE164Parts, whose wording toSendSmsInput passes in).
    limit: 'login button after its first send + 8.67 kB',
    measure: async () => (await flowFigures()).firstSend,
    limitOf: async () => (await kitFigures()).firstSend + 8_670,
  },
  {
    id: 'login-button-contents',
    name: 'nothing the login button does not use (other endpoints, catalogues, texts, react-hook-form)',
    limit: 0,
    unit: 'strangers',
    measure: async () => {
      const found = await strangers();
      for (const stranger of found) console.log(`     found: ${stranger}`);
      return found.length;
    },
  },
];

/**
 * Built-in English texts of components the login button does not render, one tell-tale each:
 * the button's fallback holds only its own part of en-US (see src/i18n/en-US/).
 */
const OTHER_COMPONENTS_TEXTS = [
  'Enter a valid email address.', // <SendEmailCodeButton>
  'Verification code', // <VerificationCodeInput>
  'Two of these: letters, numbers, symbols', // <NewPasswordInput>
  'This password is not allowed here', // <NewPasswordInput>, describePasswordError
];

/**
 * What must never reach the login button's bundle, found in its minified text: endpoints it
 * does not call (sign-in, sign-up, email, account flows), catalogues it does not speak, texts
 * of components it does not render, the form binding. Returns the offenders, one per line.
 */
async function strangers() {
  const { ownText } = await kitFigures();
  const found = [];
  for (const path of new Set(ownText.match(/\/api\/v3\/[a-z-]+/g) ?? [])) {
    if (path !== '/api/v3/send-sms') found.push(`endpoint ${path}`);
  }
  for (const tag of ['zh-CN', 'zh-TW', 'ja-JP']) {
    if (ownText.includes(`locale:"${tag}"`)) found.push(`catalogue ${tag}`);
  }
  for (const text of OTHER_COMPONENTS_TEXTS) {
    if (ownText.includes(text)) found.push(`text "${text}"`);
  }
  if (/from\s*"react-hook-form"|import\("react-hook-form"\)/.test(ownText)) {
    found.push('react-hook-form');
  }
  return found;
}

/** Bytes of a built stylesheet as a consumer's bundler ships it: minified (esbuild), gzip -9. */
async function cssSize(file) {
  const css = await readFile(new URL(`../${file}`, import.meta.url), 'utf8');
  const { code } = await transform(css, { loader: 'css', minify: true });
  return gzipSync(code, { level: 9 }).length;
}

let kit;
const kitFigures = () => {
  kit ??= measureKit();
  return kit;
};
let flow;
const flowFigures = () => {
  flow ??= measureSignInFlow();
  return flow;
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((id) => !BUDGETS.some((budget) => budget.id === id));
if (unknown.length > 0) {
  console.error(`Unknown budget ${unknown.join(', ')}; known: ${BUDGETS.map((b) => b.id)}`);
  process.exit(2);
}
let over = 0;
for (const budget of BUDGETS) {
  if (wanted.length > 0 && !wanted.includes(budget.id)) continue;
  const size = await budget.measure();
  // A budget relative to another figure measures that figure in the same run.
  const limit = budget.limitOf ? await budget.limitOf() : budget.limit;
  const ok = size <= limit;
  if (!ok) over += 1;
  const shown = budget.unit ? `${size} of ${limit} ${budget.unit}` : `${kB(size)} of ${kB(limit)}`;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${shown}  ${budget.name}`);
}
process.exit(over > 0 ? 1 : 0);
