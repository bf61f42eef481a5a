// The pages the size budgets and `npm run bench` measure, from the BUILT package (dist/).
import { existsSync } from 'node:fs';
import { bundlePage, downloads } from './consumer-bundle.mjs';

/** The kit's part of a login page, as the README shows it. */
export const loginPage = `
import { GenAuthProvider, SendCodeButton } from 'genauth-sms-react';
export const page = (
  <GenAuthProvider appId="APP_ID" appHost="https://example.genauth.ai">
    <SendCodeButton channel="CHANNEL_LOGIN" defaultCountry="CN" />
  </GenAuthProvider>
);
`;

/** The kit's part of a sign-in page built on the ready flow (`genauth-sms-react/flows`). */
export const signInFlowPage = `
import { GenAuthProvider } from 'genauth-sms-react';
import { PhoneSignIn } from 'genauth-sms-react/flows';
export const page = (
  <GenAuthProvider appId="APP_ID" appHost="https://example.genauth.ai">
    <PhoneSignIn defaultCountry="CN" onSignedIn={() => {}} />
  </GenAuthProvider>
);
`;

/**
 * What the page fetches the first time a number needs `callingCode` (e.g. `86`): the table of
 * its world zone (`phone-metadata/zone-8.js`, unless already loaded), then its piece
 * (`phone-metadata/86.js`).
 */
export const metadataPiece = (callingCode) => {
  const code = String(callingCode);
  return [
    (input) => input.endsWith(`/phone-metadata/zone-${code.charAt(0)}.js`),
    (input) => input.endsWith(`/phone-metadata/${code}.js`),
  ];
};

/**
 * The phone engine's lazy chunk (libphonenumber-js and what runs on a loaded plan), requested
 * with the first calling code's piece, at mount.
 */
export const phoneEngine = (input) => /\/phone-engine-[^/]*\.js$/.test(input);

/** Files of the built package that are phone metadata (generated), not the kit's own code. */
const METADATA_FILES = /dist\/phone-metadata\//;

/** What the user does on the login page, in order, and what each step makes the page fetch. */
const LOGIN_STEPS = [
  // The field requests the engine and its default country's piece at mount, before any digit.
  { name: 'type a mainland number (+86)', fetches: [phoneEngine, ...metadataPiece(86)] },
  { name: 'then type a UK number (+44)', fetches: metadataPiece(44) },
  // The kit's own lazy chunks, named after their first module by the library build.
  {
    name: 'open the country list',
    fetches: [(input) => /\/country-list-ui-[^/]*\.js$/.test(input)],
  },
  { name: 'press send', fetches: [(input) => /\/send-path-[^/]*\.js$/.test(input)] },
];

/** A mainland number, then the first send: what both the button and the sign-in flow fetch. */
const FIRST_SEND_STEPS = [LOGIN_STEPS[0], LOGIN_STEPS[3]];

/** Fails early, with the fix, when the package has not been built. */
function requireDist() {
  if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
    throw new Error('dist/ is missing: run `npm run build` first');
  }
}

/**
 * The kit's login button: eager, after a mainland number, after a +44 number, and the kit's
 * own code (libphonenumber-js and the generated metadata left out) in what a mainland number
 * needs.
 */
export async function measureKit() {
  requireDist();
  const page = downloads(await bundlePage('kit-login', loginPage), LOGIN_STEPS);
  const ownChunks = await bundlePage('kit-login-own', loginPage, {
    external: ['libphonenumber-js', 'libphonenumber-js/*'],
    externalFiles: METADATA_FILES,
  });
  // Up to a typed mainland number the page fetches only metadata beyond its eager chunks.
  const own = downloads(ownChunks);
  const [mainland, uk, countryList, send] = page.steps;
  const firstSend = downloads(await bundlePage('kit-login', loginPage), FIRST_SEND_STEPS);
  return {
    // Eager, then a mainland number, then the first send (no list opened, no +44).
    firstSend: firstSend.steps.at(-1)?.total ?? firstSend.total,
    // Every chunk the page can ever load, lazy ones included (the send path, the country list).
    ownText: [...ownChunks.values()].map((chunk) => chunk.text).join('\n'),
    eager: page.eager,
    mainland: { added: mainland, total: mainland.total },
    uk: { added: uk, total: uk.total },
    countryList: { added: countryList, total: countryList.total },
    send: { added: send, total: send.total },
    own: own.total,
  };
}

/**
 * `<PhoneSignIn>` in a page: eager, after a mainland number, after the first send (the same
 * steps as the login button's `firstSend`), and what it adds to the login button.
 */
export async function measureSignInFlow() {
  requireDist();
  const page = downloads(await bundlePage('flow-sign-in', signInFlowPage), FIRST_SEND_STEPS);
  const [mainland, send] = page.steps;
  return { eager: page.eager, mainland: mainland.total, firstSend: send.total };
}

/** MUI and emotion: an app on MUI already ships them, a page without MUI pays for them. */
const MUI = ['@mui/material', '@mui/system', '@mui/utils', '@emotion/react', '@emotion/styled'];

const muiTelInput = `import { MuiTelInput } from 'mui-tel-input';
export const Page = () => <MuiTelInput defaultCountry="CN" value="" onChange={() => {}} />;`;

/**
 * The phone inputs the kit is compared with, each with a mainland default country. `external`
 * lists packages left out of that row on top of the React peers.
 */
const PEER_PAGES = [
  {
    name: 'react-phone-number-input (default) <PhoneInput>',
    source: `import PhoneInput from 'react-phone-number-input';
export const Page = () => <PhoneInput defaultCountry="CN" value="" onChange={() => {}} />;`,
  },
  {
    name: 'react-phone-number-input/mobile <PhoneInput>',
    source: `import PhoneInput from 'react-phone-number-input/mobile';
export const Page = () => <PhoneInput defaultCountry="CN" value="" onChange={() => {}} />;`,
  },
  {
    name: 'react-international-phone <PhoneInput>',
    source: `import { PhoneInput } from 'react-international-phone';
export const Page = () => <PhoneInput defaultCountry="cn" value="" onChange={() => {}} />;`,
  },
  {
    // What the input adds to an app that already ships MUI (its TextField, Menu, ...).
    name: 'mui-tel-input <MuiTelInput>, MUI and emotion left out (app already on MUI)',
    source: muiTelInput,
    external: MUI.flatMap((name) => [name, `${name}/*`]),
  },
  {
    // What a page that does not use MUI pays: the MUI components it imports and emotion.
    name: 'mui-tel-input <MuiTelInput>, MUI and emotion bundled (page without MUI)',
    source: muiTelInput,
  },
];

/** Each peer's page, whole (they load everything eagerly). */
export async function measurePeers() {
  const results = [];
  for (const [index, peer] of PEER_PAGES.entries()) {
    const chunks = await bundlePage(`peer-${index}`, peer.source, { external: peer.external });
    const page = downloads(chunks);
    results.push({ name: peer.name, total: page.total, files: page.eager.files.length });
  }
  return results;
}
