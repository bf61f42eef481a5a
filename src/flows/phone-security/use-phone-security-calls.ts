'use client';
import type { GenAuthTransport } from '../../core/api/transport.js';
import {
  useBindPhone,
  usePreCheckCode,
  useUnbindPhone,
  useUpdatePhone,
} from '../../hooks/useAccountFlows.js';

/**
 * @internal The four GenAuth calls of the phone-security flow (bind, remove, change, and the
 * check of the current number's code), whether one is in flight, and a reset of all four.
 */
export function usePhoneSecurityCalls(client: GenAuthTransport | undefined) {
  const bind = useBindPhone({ client });
  const unbind = useUnbindPhone({ client });
  const update = useUpdatePhone({ client });
  const preCheck = usePreCheckCode({ client });
  return {
    bind,
    unbind,
    update,
    preCheck,
    isPending: bind.isPending || unbind.isPending || update.isPending || preCheck.isPending,
    reset: () => {
      for (const mutation of [bind, unbind, update, preCheck]) mutation.reset();
    },
  };
}
