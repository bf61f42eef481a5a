'use client';
import { useMemo } from 'react';
import { useGenAuthContext } from '../../hooks/context.js';
import {
  type FlowMessageOverrides,
  type GenAuthFlowMessages,
  mergeFlowMessages,
} from '../../i18n/flow-messages.js';

/**
 * @internal The texts a flow shows: the provider's `flowMessages`, else the flow's own groups of
 * the built-in English (`builtIn`), with the flow's `messages` prop on top. Each flow names
 * only its groups, so a page bundles only the English its flow can show.
 */
export function useFlowMessages<Groups extends Partial<GenAuthFlowMessages>>(
  builtIn: Groups,
  overrides: FlowMessageOverrides | undefined,
): Groups {
  // A whole catalogue holds every flow's groups.
  const catalogue = useGenAuthContext()?.flowMessages as Groups | undefined;
  const base = catalogue ?? builtIn;
  return useMemo(() => mergeFlowMessages(base, overrides), [base, overrides]);
}
