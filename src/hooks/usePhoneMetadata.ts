'use client';
import { useSyncExternalStore } from 'react';
import {
  EMPTY_PHONE_METADATA,
  getPhoneMetadataSnapshot,
  type PhoneMetadataSnapshot,
  subscribePhoneMetadata,
} from '../core/phone/metadata-store.js';

const serverSnapshot = () => EMPTY_PHONE_METADATA;

/**
 * @internal The phone metadata in use, re-rendering when a piece arrives. The server, and the
 * hydrating client, see none loaded: both render the digits as typed with a `pending` verdict,
 * so the markup agrees; the client then judges with what it has.
 */
export function usePhoneMetadata(): PhoneMetadataSnapshot {
  return useSyncExternalStore(subscribePhoneMetadata, getPhoneMetadataSnapshot, serverSnapshot);
}
