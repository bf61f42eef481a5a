'use client';
import { useMemo, useRef, useState } from 'react';
import type { VerifyDeleteAccountRequestInput } from '../../core/api/delete-account.js';
import { GenAuthApiError } from '../../core/api/errors.js';
import type { FlowResumeStore } from '../../core/flow-resume/store.js';
import { getDefaultFlowResumeStore } from '../../core/flow-resume/store.js';
import { formatPhoneForDisplay } from '../../core/phone/display.js';
import { parsePhoneAsync } from '../../core/phone/load-metadata.js';
import { parsePhoneWith } from '../../core/phone/parse.js';
import { requireE164Parts } from '../../core/phone/split-e164.js';
import { useKitClient, useKitMessages } from '../../hooks/context.js';
import { useDeleteAccount } from '../../hooks/useAccountFlows.js';
import { useClientLayoutEffect } from '../../hooks/useClientLayoutEffect.js';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import { usePhoneMetadata } from '../../hooks/usePhoneMetadata.js';
import { enUSSmsControl, useSendCodeControl } from '../../hooks/useSendCode.js';
import { enUSEmailControl, useSendEmailCodeControl } from '../../hooks/useSendEmailCode.js';
import { enUSSendCode } from '../../i18n/en-US/send-code.js';
import type { FlowMessageOverrides, GenAuthFlowMessages } from '../../i18n/flow-messages.js';
import { enUSFlowCommon, enUSFlowDeleteAccount, enUSFlowErrors } from '../../i18n/flows/en-US.js';
import { type CodeStepError, codeField } from '../shared/code-field.js';
import { describeFlowError } from '../shared/describe-flow-error.js';
import { useSingleFlight } from '../shared/single-flight.js';
import { useFlowMessages } from '../shared/use-flow-messages.js';
import type { FlowField, PhoneCodeFlowOptions } from '../shared/use-phone-code-step.js';

/** The id `useDeleteAccountFlow` remembers its code step under. */
export const DELETE_ACCOUNT_FLOW = 'delete-account';

/** The built-in English of the delete-account flow (its groups only). */
const enUSDeleteAccountFlow = /* @__PURE__ */ Object.assign(
  {},
  { common: enUSFlowCommon, errors: enUSFlowErrors, deleteAccount: enUSFlowDeleteAccount },
);

/** The texts `<DeleteAccount>` shows. */
export type DeleteAccountMessages = Pick<
  GenAuthFlowMessages,
  'common' | 'errors' | 'deleteAccount'
>;

/** Options of {@link useDeleteAccountFlow}. */
export interface UseDeleteAccountFlowOptions
  extends Pick<PhoneCodeFlowOptions, 'cooldownSeconds' | 'client' | 'cooldownStore'> {
  /** The signed-in user's phone (E.164): the code goes there when there is one. */
  phone?: string | null | undefined;
  /** The user's email: the code goes there when the user has no phone. */
  email?: string | null | undefined;
  /** Called once, when GenAuth confirmed the account is deleted (its tokens no longer work). */
  onAccountDeleted?: (() => void) | undefined;
  /**
   * Where the code step is remembered across reloads and tabs when the code went by SMS (flow,
   * channel, number, time sent; never the code). `false`: nothing is remembered.
   * @default the page-wide store (localStorage)
   */
  resumeStore?: FlowResumeStore | false | undefined;
  /** Digits of a complete code. @default 6 */
  codeLength?: number | undefined;
  /** Text overrides, on top of the provider's `flowMessages`. */
  messages?: FlowMessageOverrides | undefined;
}

/** What every step of the delete-account flow has. */
interface DeleteAccountCommon {
  /** The flow's texts in the active locale (for a custom rendering). */
  messages: DeleteAccountMessages;
  /** True while the deletion is in flight. */
  isPending: boolean;
}

/** Step 1: what deleting means; nothing is sent yet. */
export interface DeleteAccountConfirmStep extends DeleteAccountCommon {
  step: 'confirm';
  /** Where the code will go, as people read it; `null` when the user has neither phone nor email. */
  recipient: string | null;
  /** Goes to the code step (sends nothing; does nothing without a recipient). */
  start: () => void;
}

/** Step 2: the `CHANNEL_DELETE_ACCOUNT` code. */
export interface DeleteAccountCodeStep extends DeleteAccountCommon {
  step: 'code';
  /** How the code travels. */
  by: 'sms' | 'email';
  /** The number (as people read it) or address the code goes to. */
  recipient: string;
  /** The code field; its error says why GenAuth refused the code. */
  code: FlowField;
  /** The send control of the recipient. */
  send: SendCodeControl;
  /** Sends the code (one per intent; refused while it cools down). */
  sendCode: () => void;
  /** Verifies the code and deletes the account in one mutation; joins a submit in flight. */
  submit: (code?: string) => Promise<void>;
  /** Back to the first step; nothing is deleted. */
  cancel: () => void;
  /** Why the deletion failed, in words; `null` when it did not. */
  error: string | null;
  /** The typed error behind `error` (a `GenAuthError`). */
  errorCause: unknown;
}

/** Step 3: GenAuth deleted the account. */
export interface DeleteAccountDoneStep extends DeleteAccountCommon {
  step: 'done';
}

/** The delete-account flow, one step at a time (narrow on `step`). */
export type UseDeleteAccountFlowResult =
  | DeleteAccountConfirmStep
  | DeleteAccountCodeStep
  | DeleteAccountDoneStep;

/**
 * Account deletion, headless: confirm → a `CHANNEL_DELETE_ACCOUNT` code to the user's phone (or
 * email, without a phone) → verify and delete in one mutation (the `deleteAccountToken` never
 * reaches your state) → done, only when GenAuth confirms. One request per intent. A code sent by
 * SMS brings the code step back after a reload. Needs the provider's `accessToken`.
 *
 * @example
 * const flow = useDeleteAccountFlow({ phone: user.phone, email: user.email, onAccountDeleted: signOut });
 * if (flow.step === 'confirm') return <button onClick={flow.start}>Delete my account…</button>;
 */
export function useDeleteAccountFlow(
  options: UseDeleteAccountFlowOptions = {},
): UseDeleteAccountFlowResult {
  const { codeLength = 6 } = options;
  const messages = useFlowMessages(enUSDeleteAccountFlow, options.messages);
  const failures = useKitMessages(undefined, enUSSendCode);
  const smsMessages = useKitMessages(undefined, enUSSmsControl);
  const emailMessages = useKitMessages(undefined, enUSEmailControl);
  const metadata = usePhoneMetadata();
  const client = useKitClient(options.client);
  const store =
    options.resumeStore === false ? null : (options.resumeStore ?? getDefaultFlowResumeStore());
  const scope = client ? `${client.appHost}|${client.appId}` : 'default';
  const phone = options.phone || null;
  const email = phone === null ? options.email || null : null;
  const by = phone !== null ? 'sms' : email !== null ? 'email' : null;

  const [step, setStep] = useState<'confirm' | 'code' | 'done'>('confirm');
  const [code, setCode] = useState('');
  const [error, setError] = useState<CodeStepError | null>(null);
  const deleted = useRef(false);
  const remove = useDeleteAccount({ client: options.client });

  // After mount, not in render (server and hydrating client agree on the first step).
  useClientLayoutEffect(() => {
    const record = phone === null ? null : store?.read(DELETE_ACCOUNT_FLOW, scope);
    if (record?.channel === 'CHANNEL_DELETE_ACCOUNT' && record.phone === phone) setStep('code');
  }, [store, scope, phone]);

  const parsed = useMemo(() => parsePhoneWith(phone ?? '', {}, metadata), [phone, metadata]);
  const shared = {
    cooldownSeconds: options.cooldownSeconds,
    client: options.client,
    cooldownStore: options.cooldownStore,
  };
  const smsSend = useSendCodeControl({
    ...shared,
    channel: 'CHANNEL_DELETE_ACCOUNT',
    phone: parsed,
    messages: smsMessages,
    onSent: (_result, sent) => store?.save(DELETE_ACCOUNT_FLOW, scope, sent.channel, sent.phone),
  });
  const emailSend = useSendEmailCodeControl({
    ...shared,
    channel: 'CHANNEL_DELETE_ACCOUNT',
    email: email ?? '',
    messages: emailMessages,
  });
  const send = by === 'email' ? emailSend : smsSend;

  const leave = () => {
    store?.clear(DELETE_ACCOUNT_FLOW, scope);
    setCode('');
    setError(null);
    remove.reset();
  };

  const submit = useSingleFlight(async (typed?: string) => {
    const passCode = typed ?? code;
    if (deleted.current || step !== 'code' || by === null) return;
    if (passCode.length !== codeLength) {
      setError({ text: messages.common.codeIncomplete(codeLength), cause: null });
      return;
    }
    setError(null);
    try {
      let input: VerifyDeleteAccountRequestInput;
      if (phone !== null) {
        const fields = requireE164Parts(await parsePhoneAsync(phone));
        input = { verifyMethod: 'PHONE_PASSCODE', phonePassCodePayload: { ...fields, passCode } };
      } else {
        input = {
          verifyMethod: 'EMAIL_PASSCODE',
          emailPassCodePayload: { email: email ?? '', passCode },
        };
      }
      // Resolves only when GenAuth confirms the deletion (`data.success: true`).
      await remove.mutateAsync(input);
      deleted.current = true;
      leave();
      setStep('done');
      options.onAccountDeleted?.();
    } catch (cause) {
      // An expired code cannot come back: no resuming a code step that cannot succeed.
      if (cause instanceof GenAuthApiError && Number(cause.apiCode) === 2300)
        store?.clear(DELETE_ACCOUNT_FLOW, scope);
      setError({ text: describeFlowError(cause, { errors: messages.errors, failures }), cause });
    }
  });

  const common = { messages, isPending: remove.isPending };
  const recipient = phone !== null ? formatPhoneForDisplay(phone, metadata) : email;

  if (step === 'done') return { ...common, step: 'done' };
  if (step === 'code' && by !== null && recipient !== null) {
    return {
      ...common,
      step: 'code',
      by,
      recipient,
      code: codeField(code, setCode, error, setError),
      send,
      sendCode: send.send,
      submit,
      cancel: () => {
        leave();
        setStep('confirm');
      },
      error: error?.text ?? null,
      errorCause: error?.cause ?? null,
    };
  }
  return {
    ...common,
    step: 'confirm',
    recipient,
    start: () => {
      if (by !== null) setStep('code');
    },
  };
}
