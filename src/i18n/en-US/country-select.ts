import type { CountrySelectMessages } from '../messages.js';

/** The country selector's built-in English texts (part of `enUS`). */
export const enUSCountrySelect: CountrySelectMessages = {
  locale: 'en-US',
  countryLabel: 'Country/region',
  countrySearchPlaceholder: 'Search country or code',
  countryListLabel: 'Countries and regions',
  countryNoResults: 'No results',
  countryListUnavailable:
    "Couldn't load the list of countries. Check your connection and try again.",
  countryListLoading: 'Loading countries and regions…',
};
