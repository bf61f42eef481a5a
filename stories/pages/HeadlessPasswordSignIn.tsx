import { usePasswordSignInFlow } from '../../src/flows/index.js';
import { HeadlessMfa } from './HeadlessMfa.js';

/**
 * Sign-in by password built headlessly on `usePasswordSignInFlow`: plain markup for the
 * account and password, the second factor drawn by `useMfaStep(flow.mfa)` (HeadlessMfa). Story
 * scaffolding, shown in the password sign-in docs page.
 */
export function HeadlessPasswordSignIn() {
  const flow = usePasswordSignInFlow({ defaultCountry: 'CN' });

  if (flow.step === 'done') {
    return <h2>Welcome back{flow.mfaUser ? ', two steps done' : ''}</h2>;
  }
  if (flow.step === 'mfa') return <HeadlessMfa key={flow.mfa.attempt} session={flow.mfa} />;
  return (
    <form
      className="headless-demo"
      onSubmit={(event) => {
        event.preventDefault();
        void flow.submit();
      }}
    >
      <h2>Sign in with your password</h2>
      <label>
        Account
        <input
          value={flow.account.value}
          onChange={(event) => flow.account.onChange(event.target.value)}
          autoComplete="username"
        />
      </label>
      <p role="alert">{flow.account.error}</p>
      <label>
        Password
        {/* A controlled password input would copy the password into its value attribute: the
            ready component avoids that; this sketch keeps it simple. */}
        <input
          type="password"
          onChange={(event) => flow.password.onChange(event.target.value)}
          autoComplete="current-password"
        />
      </label>
      <p role="alert">{flow.password.error ?? flow.error}</p>
      <button type="submit" aria-disabled={flow.isPending || undefined}>
        Sign in
      </button>
    </form>
  );
}
