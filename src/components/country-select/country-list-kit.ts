import { getCountries, getMainCountryForCallingCode } from '../../core/phone/countries.js';
import { Flag } from '../Flag.js';
import { CLOSED, typedQuery } from './combobox-state.js';

/**
 * What the lazy country list borrows from code the page already has, handed to it at run time
 * instead of imported. A consumer's bundler (esbuild, Rollup) splits by file: had the lazy
 * chunk imported any of these, every file the page shares with it would be cut out of the
 * page's entry into a separate eager chunk, compressed apart, which costs more than the list
 * saves. So the lazy modules import only what the page never uses (the list's building and
 * search, which is why the root entry does not export `searchCountries`), types and React;
 * this is their one way to what the page has.
 */
export const countryListKit = {
  getCountries,
  mainCountryOf: getMainCountryForCallingCode,
  typedQuery,
  closed: CLOSED,
  Flag,
};

/** The eager helpers the lazy country list works with (see {@link countryListKit}). */
export type CountryListKit = typeof countryListKit;
