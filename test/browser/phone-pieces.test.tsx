import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { PhoneInput } from '../../src/index.js';
import { STATE_WAIT } from '../helpers/state-wait.js';

/** Calling codes whose metadata piece this page fetched over the network, in fetch order. */
function fetchedPieces(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => /\/phone\/generated\/pieces\/(\d+)\.js/.exec(entry.name)?.[1])
    .filter((code): code is string => code !== undefined);
}

/** World zones (first digit of a calling code) whose table of pieces this page fetched. */
function fetchedZoneTables(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => /\/phone\/generated\/tables\/zone-(\d)\.js/.exec(entry.name)?.[1])
    .filter((zone): zone is string => zone !== undefined);
}

// Chromium keeps 250 resource entries by default and drops later ones: the page already holds
// ~175 (each module Vite serves), so a few more would make a fetched piece invisible.
beforeAll(() => performance.setResourceTimingBufferSize(10_000));
afterEach(() => cleanup());

/** A real paste event, as the browser fires it for Ctrl+V. */
function pasteInto(input: HTMLInputElement, text: string) {
  input.focus();
  const clipboardData = new DataTransfer();
  clipboardData.setData('text', text);
  input.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
  );
}

describe('phone metadata pieces over the network', () => {
  it('fetches only the pieces the typed and pasted numbers need', async () => {
    const onChange = vi.fn();
    render(<PhoneInput defaultCountry="CN" onChange={onChange} />);
    const number = page.getByRole('textbox', { name: 'Phone number' });
    const country = screen.getByRole('combobox', { name: 'Country/region' });

    // Each step waits for the state it needs (a piece compiled by Vite on its first request can
    // take seconds on a busy machine), never for a time.
    // The default country's piece, on mount.
    await expect.poll(fetchedPieces, STATE_WAIT).toEqual(['86']);
    await userEvent.type(number, '13800138000');
    await expect.element(number, STATE_WAIT).toHaveValue('138 0013 8000');

    // A pasted UK number: +44 only.
    await userEvent.clear(number);
    pasteInto(number.element() as HTMLInputElement, '+44 7400 123456');
    await expect.element(number, STATE_WAIT).toHaveValue('7400 123456');
    expect((country as HTMLInputElement).value).toBe('+44');

    // A typed US number in international form: +1 (US, Canada and the Caribbean in one piece).
    await userEvent.clear(number);
    await userEvent.type(number, '+1 213 373 4253');
    await expect.element(number, STATE_WAIT).toHaveValue('(213) 373-4253');
    expect(onChange).toHaveBeenLastCalledWith(
      '+12133734253',
      expect.objectContaining({ valid: true, country: 'US' }),
    );

    expect(new Set(fetchedPieces())).toEqual(new Set(['86', '44', '1']));
    expect(fetchedPieces()).toHaveLength(3);
    // Each piece's address comes from its zone's table, fetched once, with the zone's first piece.
    expect(fetchedZoneTables().sort()).toEqual(['1', '4', '8']);
  });
});
