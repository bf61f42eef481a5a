'use client';
import { GenAuthProvider, SendCodeButton } from 'genauth-sms-react';
import 'genauth-sms-react/styles.css';

/** The login form, a client component; GenAuth is this app's own stand-in (api/v3/send-sms). */
export function Login({ appHost }) {
  return (
    <GenAuthProvider appId="next-consumer" appHost={appHost}>
      <SendCodeButton channel="CHANNEL_LOGIN" defaultCountry="CN" />
    </GenAuthProvider>
  );
}
