import { type FormEvent, useState } from 'react';
import { SMS_CHANNELS, type SmsChannel } from '../src/core/api/channels.js';
import { useSendSms } from '../src/hooks/useSendSms.js';

/** Props of the hook demo: the channel it starts on. */
export interface UseSendSmsDemoProps {
  /** Channel selected at first. */
  defaultChannel?: SmsChannel;
  /** Cooldown after a success, in seconds. */
  cooldownSeconds?: number;
}

/** A bare form over `useSendSms`, to show the hook without any of the kit's components. */
export function UseSendSmsDemo({
  defaultChannel = 'CHANNEL_LOGIN',
  cooldownSeconds = 60,
}: UseSendSmsDemoProps) {
  const [channel, setChannel] = useState<SmsChannel>(defaultChannel);
  const [phoneNumber, setPhoneNumber] = useState('13800138000');
  const [phoneCountryCode, setPhoneCountryCode] = useState('+86');
  const input = { channel, phoneNumber, phoneCountryCode };
  const sendSms = useSendSms({ cooldownSeconds, target: input });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    sendSms.mutate(input);
  };

  return (
    <form onSubmit={onSubmit}>
      <label>
        Channel
        <select value={channel} onChange={(e) => setChannel(e.target.value as SmsChannel)}>
          {SMS_CHANNELS.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <label>
        Country code
        <input value={phoneCountryCode} onChange={(e) => setPhoneCountryCode(e.target.value)} />
      </label>
      <label>
        Phone number
        <input value={phoneNumber} onChange={(e) => setPhoneNumber(e.target.value)} />
      </label>
      <button type="submit" disabled={sendSms.isPending || sendSms.isCoolingDown}>
        Send SMS
      </button>
      <output aria-label="Result">
        {sendSms.isPending && 'Sending…'}
        {sendSms.isSuccess && `Sent (${sendSms.data.requestId ?? 'no request id'}).`}
        {sendSms.isCoolingDown && ` Next SMS in ${sendSms.remainingSeconds} s.`}
      </output>
      {sendSms.isError && (
        <p role="alert">
          {sendSms.error.name}: {sendSms.error.message}
        </p>
      )}
    </form>
  );
}
