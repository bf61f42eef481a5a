import {
  type CountryListModule,
  resetCountryListLoader,
} from '../../src/components/country-select/country-list-loader.js';

/** A request for the country list's chunk that the test lets arrive or fail. */
export interface HeldCountryList {
  arrive: () => Promise<void>;
  fail: (error?: unknown) => Promise<void>;
}

/**
 * Forgets the loaded country list and routes every request for its chunk through a gate the
 * test opens: `requests` lists them in order (the real chunk is what arrives).
 */
export function holdCountryList(): { requests: HeldCountryList[] } {
  const requests: HeldCountryList[] = [];
  const settle = () => new Promise((done) => setTimeout(done, 0));
  resetCountryListLoader(
    () =>
      new Promise<CountryListModule>((resolve, reject) => {
        requests.push({
          arrive: async () => {
            resolve(await import('../../src/components/country-select/country-list-ui.js'));
            // let the loader publish and React commit
            await settle();
          },
          fail: async (error = new TypeError('Failed to fetch dynamically imported module')) => {
            reject(error);
            await settle();
          },
        });
      }),
  );
  return { requests };
}
