import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { enUS } from '../../../src/i18n/en-US.js';
import { jaJP } from '../../../src/i18n/ja-JP.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { zhTW } from '../../../src/i18n/zh-TW.js';
import {
  createGenAuthClient,
  GenAuthProvider,
  SendCodeButton,
  VerificationCodeInput,
} from '../../../src/index.js';
import { isolatedStore } from '../../helpers/cooldown-fakes.js';
import { APP_ID, HOST, setupMockServer } from '../../helpers/mock-server.js';

const server = setupMockServer();

describe.each([enUS, zhCN, zhTW, jaJP])(
  'the kit with messages={$locale} on the provider',
  (catalogue) => {
    it('labels, sends, announces and counts down in that language', async () => {
      const mock = server.install();
      const user = userEvent.setup();
      render(
        <GenAuthProvider
          client={createGenAuthClient({ appId: APP_ID, appHost: HOST })}
          cooldownStore={isolatedStore()}
          messages={catalogue}
        >
          <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone="+8613800138000" />
          <VerificationCodeInput />
        </GenAuthProvider>,
      );
      expect(screen.getByRole('textbox', { name: catalogue.phoneLabel })).toHaveValue(
        '138 0013 8000',
      );
      expect(screen.getByRole('combobox', { name: catalogue.countryLabel })).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: catalogue.codeLabel })).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: catalogue.sendCode }));
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent(catalogue.cooldownStarted(60)),
      );
      expect(mock.outbox).toHaveLength(1);
      expect(screen.getByRole('button', { name: catalogue.resendCode })).toHaveTextContent(
        catalogue.countdown(60),
      );
    });
  },
);

describe('a provider without a catalogue', () => {
  const renderUnder = (children: React.ReactNode) =>
    render(
      <GenAuthProvider
        client={createGenAuthClient({ appId: APP_ID, appHost: HOST })}
        cooldownStore={isolatedStore()}
      >
        {children}
      </GenAuthProvider>,
    );

  it('lets each component speak its built-in English, with single texts of its own on top', () => {
    renderUnder(
      <>
        <SendCodeButton
          channel="CHANNEL_LOGIN"
          messages={{ phoneLabel: 'Mobile', countryLabel: 'Dialling code' }}
        />
        <VerificationCodeInput />
      </>,
    );
    // The button's messages reach the phone field and its country selector inside.
    expect(screen.getByRole('textbox', { name: 'Mobile' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Dialling code' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: enUS.sendCode })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: enUS.codeLabel })).toBeInTheDocument();
  });

  it('lets a component speak the whole catalogue given as its messages', async () => {
    const user = userEvent.setup();
    renderUnder(<SendCodeButton channel="CHANNEL_LOGIN" messages={zhCN} />);
    expect(screen.getByRole('textbox', { name: zhCN.phoneLabel })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: zhCN.countryLabel })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: zhCN.sendCode }));
    expect(screen.getByRole('textbox', { name: zhCN.phoneLabel })).toHaveAccessibleDescription(
      zhCN.phoneEmpty,
    );
  });
});
