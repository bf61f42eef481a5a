import { SignInFlow } from './flow.jsx';

/** A server component rendering the sign-in flow: server-rendered, then hydrated. */
export default function SignInPage() {
  return (
    <main>
      <SignInFlow appHost={process.env.NEXT_PUBLIC_APP_HOST} />
    </main>
  );
}
