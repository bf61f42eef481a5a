// A login page as a webpack user writes it: the built package imported by its name (webpack
// resolves it through package.json "exports", like an installed dependency), plain JavaScript.
import { GenAuthProvider, SendCodeButton } from 'genauth-sms-react';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(
  createElement(
    GenAuthProvider,
    { appId: 'webpack-consumer', appHost: location.origin },
    createElement(SendCodeButton, { channel: 'CHANNEL_LOGIN', defaultCountry: 'CN' }),
  ),
);
