import { parsePhone } from 'genauth-sms-react/core';
import { Login } from './login.jsx';

/**
 * A server component: `genauth-sms-react/core` runs on the server (no phone metadata loaded
 * there, so a number is `pending`), and the button is rendered on the server, then hydrated.
 */
export default function Page() {
  const verdict = parsePhone('+8613800138000').reason ?? 'valid';
  return (
    <main>
      <p id="server-verdict">{verdict}</p>
      <Login appHost={process.env.NEXT_PUBLIC_APP_HOST} />
    </main>
  );
}
