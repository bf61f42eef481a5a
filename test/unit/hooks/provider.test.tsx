import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { GenAuthInputError, GenAuthProvider, useSendSms } from '../../../src/index.js';

function ShowsQueryClient({ onClient }: { onClient: (client: QueryClient) => void }) {
  onClient(useQueryClient());
  const sendSms = useSendSms();
  return <p>{sendSms.status}</p>;
}

describe('<GenAuthProvider>', () => {
  it('builds a client from appId and appHost and supplies a QueryClient when the app has none', () => {
    const onClient = vi.fn();
    render(
      <GenAuthProvider appId="app" appHost="my-app.genauth.ai">
        <ShowsQueryClient onClient={onClient} />
      </GenAuthProvider>,
    );
    expect(screen.getByText('idle')).toBeInTheDocument();
    expect(onClient.mock.calls[0]?.[0]).toBeInstanceOf(QueryClient);
  });

  it("uses the app's own QueryClientProvider when there is one", () => {
    const appClient = new QueryClient();
    const onClient = vi.fn();
    render(
      <QueryClientProvider client={appClient}>
        <GenAuthProvider appId="app" appHost="my-app.genauth.ai">
          <ShowsQueryClient onClient={onClient} />
        </GenAuthProvider>
      </QueryClientProvider>,
    );
    expect(onClient.mock.calls[0]?.[0]).toBe(appClient);
  });

  it('throws a typed error naming what is missing', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<GenAuthProvider appHost="my-app.genauth.ai" />)).toThrow(
      GenAuthInputError,
    );
    expect(() =>
      render(<GenAuthProvider appId="app" appHost="http://my-app.genauth.ai" />),
    ).toThrow(/https/);
    vi.restoreAllMocks();
  });
});
