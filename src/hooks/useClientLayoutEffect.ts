'use client';
import { useEffect, useLayoutEffect } from 'react';

/**
 * @internal `useLayoutEffect` in the browser, `useEffect` on the server, where neither runs:
 * React 18 warns about every layout effect rendered on the server, and the kit's layout effects
 * (caret, live-region text in the same commit as its state) only matter in a browser.
 */
export const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;
