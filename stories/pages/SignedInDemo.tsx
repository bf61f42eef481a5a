import { type ReactNode, useState } from 'react';
import { useStoryDemo } from '../../.storybook/story-demo.js';
import { GenAuthProvider } from '../../src/index.js';

/** The signed-in demo user, as the app would know them. */
export interface DemoAccount {
  /** Their phone, E.164, or `null`. */
  phone: string | null;
  /** Their email, or `null`. */
  email: string | null;
}

/** Props of {@link SignedInDemo}. */
export interface SignedInDemoProps {
  /** The demo user to sign in (by email). */
  email: string;
  /** The signed-in area, given the user as the mock has them now. */
  children: (account: DemoAccount) => ReactNode;
  /** Shown when the mock no longer knows the user (deleted earlier in this demo). */
  gone: ReactNode;
}

/**
 * Story scaffolding: signs the demo user in on the story's mock without any request (the mock
 * hands out a token, as its sign-in would) and renders the area under a provider that sends that
 * token. Remounts on "Reset demo", so the user is signed in anew.
 */
export function SignedInDemo(props: SignedInDemoProps) {
  return <SignedInArea key={useStoryDemo().generation} {...props} />;
}

function SignedInArea({ email, children, gone }: SignedInDemoProps) {
  const demo = useStoryDemo();
  // Read once: the area shows the account as it was when the page opened, like an app would.
  const [session] = useState(() => {
    const user = demo.mock.users.find((candidate) => candidate.email === email);
    if (!user) return null;
    const token = demo.mock.signIn(email).access_token;
    const phone = user.phone ? `${user.phoneCountryCode ?? '+86'}${user.phone}` : null;
    return { token, account: { phone, email: user.email ?? null } };
  });
  if (!session) return <>{gone}</>;
  return (
    <GenAuthProvider
      appId={demo.client.appId}
      appHost={demo.client.appHost}
      accessToken={() => session.token}
    >
      {children(session.account)}
    </GenAuthProvider>
  );
}
