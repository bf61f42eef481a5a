// A sign-in page as a Vite user writes it, from the installed package: the provider, the ready
// flow and both stylesheets. GenAuth is the check's stand-in, on the page's own origin.
import { GenAuthProvider } from 'genauth-sms-react';
import { PhoneSignIn } from 'genauth-sms-react/flows';
import { createRoot } from 'react-dom/client';
import 'genauth-sms-react/styles.css';
import 'genauth-sms-react/flows.css';

createRoot(document.getElementById('root')).render(
  <GenAuthProvider appId="vite-consumer" appHost={location.origin}>
    <PhoneSignIn defaultCountry="CN" />
  </GenAuthProvider>,
);
