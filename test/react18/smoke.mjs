// React 18 smoke test of the packed kit (run by scripts/react18-smoke.mjs next to React 18).
// `node smoke.mjs ssr`: server rendering, and the phone API loading pieces from dist/, in plain
// Node, no DOM. `node smoke.mjs client`: jsdom, refs reach the inputs and an empty send focuses
// the phone field. Any React warning fails.
const mode = process.argv[2] === 'ssr' ? 'ssr' : 'client';
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${mode}: ${what}`);
  if (!ok) failures.push(what);
};
const consoleError = console.error;
console.error = (...args) => {
  failures.push(String(args[0]).split('\n')[0]);
  consoleError(...args);
};

if (mode === 'client') {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', {
    url: 'https://app.test/',
    pretendToBeVisual: true,
  });
  for (const key of [
    'window',
    'document',
    'navigator',
    'HTMLElement',
    'HTMLInputElement',
    'Node',
    'Event',
    'MouseEvent',
    'localStorage',
    'getComputedStyle',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'MutationObserver',
  ]) {
    Object.defineProperty(globalThis, key, {
      value: dom.window[key],
      configurable: true,
      writable: true,
    });
  }
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
}

const React = await import('react');
const kit = await import('genauth-sms-react');
const h = React.createElement;
check(React.version.startsWith('18.'), `React ${React.version}`);
const provider = (...children) =>
  h(kit.GenAuthProvider, { appId: 'app', appHost: 'https://example.genauth.ai' }, ...children);

if (mode === 'ssr') {
  const { renderToString } = await import('react-dom/server');
  const html = renderToString(
    provider(h(kit.SendCodeButton, { channel: 'CHANNEL_LOGIN', defaultCountry: 'CN' })),
  );
  check(html.includes('Send code'), 'renders SendCodeButton to HTML');

  // Plain Node, as the README shows: pieces loaded on demand from dist/, then the full set.
  const core = await import('genauth-sms-react/core');
  check(
    core.parsePhone('+44 7400 123456').reason === 'pending',
    'parsePhone: pending before loading',
  );
  await core.loadPhoneMetadata(['CN', '+44']);
  check(core.parsePhone('+44 7400 123456').valid, 'loadPhoneMetadata then parsePhone (+44)');
  check(core.parsePhone('13800138000', { defaultCountry: 'CN' }).valid, 'parsePhone (CN)');
  const us = await core.parsePhoneAsync('+1 213 373 4253');
  check(us.valid && us.country === 'US', 'parsePhoneAsync loads +1 and parses');
  const full = await import('genauth-sms-react/phone-full');
  full.installFullPhoneMetadata();
  check(core.parsePhone('+81 90 1234 5678').valid, 'phone-full: every calling code at once');
} else {
  const { createRoot } = await import('react-dom/client');
  const act = React.act;
  const refs = {
    phone: React.createRef(),
    country: React.createRef(),
    code: React.createRef(),
    password: React.createRef(),
  };
  const root = createRoot(document.getElementById('root'));
  await act(async () => {
    root.render(
      provider(
        h(kit.PhoneInput, { ref: refs.phone, defaultCountry: 'CN' }),
        h(kit.CountrySelect, { ref: refs.country, value: 'CN', onChange() {} }),
        h(kit.VerificationCodeInput, { ref: refs.code }),
        h(kit.NewPasswordInput, { ref: refs.password }),
        h(
          'div',
          { id: 'button' },
          h(kit.SendCodeButton, { channel: 'CHANNEL_LOGIN', defaultCountry: 'CN' }),
        ),
      ),
    );
  });
  for (const [name, ref] of Object.entries(refs)) {
    check(ref.current instanceof window.HTMLInputElement, `a ref reaches the ${name} input`);
  }
  const box = document.getElementById('button');
  const button = [...box.querySelectorAll('button')].find((b) =>
    b.textContent.includes('Send code'),
  );
  check(Boolean(button), 'SendCodeButton renders its button');
  // The click handler focuses the field itself (synchronously): no pause needed after it.
  await act(async () => {
    button?.dispatchEvent(new window.MouseEvent('click', { bubbles: true }));
  });
  const phoneField = box.querySelector('input[autocomplete="tel-national"]');
  check(
    phoneField !== null && document.activeElement === phoneField,
    'an empty send focuses its phone field',
  );
  await act(async () => root.unmount());
}

console.log(
  failures.length ? `react 18 ${mode}: ${failures.length} failed` : `react 18 ${mode}: all passed`,
);
process.exit(failures.length ? 1 : 0);
