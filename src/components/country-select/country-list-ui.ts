/**
 * The lazy part of the country selector, loaded by `import()` when the list is first needed
 * (see country-list-loader.ts): everything an open list uses and a closed one does not.
 */

export { CountryListPopup } from './CountryListPopup.js';
export { createCountryListModel, reduceCombobox, replayCombobox } from './combobox-reducer.js';
