'use client';
import { GenAuthProvider } from 'genauth-sms-react';
import { PhoneSignIn } from 'genauth-sms-react/flows';
import 'genauth-sms-react/styles.css';
import 'genauth-sms-react/flows.css';

/** The ready sign-in flow, a client component; GenAuth is this app's stand-in (api/v3/*). */
export function SignInFlow({ appHost }) {
  return (
    <GenAuthProvider appId="next-consumer" appHost={appHost}>
      <PhoneSignIn defaultCountry="CN" />
    </GenAuthProvider>
  );
}
