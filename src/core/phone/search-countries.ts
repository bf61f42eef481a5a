import type { Country } from './countries.js';

const CALLING_CODE_QUERY = /^\+?\d+$/;

/**
 * Characters of a folded query searched: more than any country name or calling code has, so
 * the cap changes no real search, while a megabyte pasted into the selector costs nothing.
 */
export const MAX_SEARCHED_QUERY = 64;

/**
 * The head of `query` worth folding. `normalize` reorders runs of combining marks and took
 * seconds on a megabyte of them, so it only sees a few times what can be searched (marks fold
 * away; leading spaces are trimmed first so they cannot push the name out).
 */
function head(query: string): string {
  const start = query.trimStart().slice(0, 4 * MAX_SEARCHED_QUERY);
  // A cut between the halves of a surrogate pair would leave a lone half.
  return /[\uD800-\uDBFF]$/.test(start) ? start.slice(0, -1) : start;
}

/** Case-, accent- and width-insensitive form for matching (`Côte` ~ `cote`, `８６` ~ `86`). */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

function nameRank(name: string, query: string): number | undefined {
  const folded = fold(name);
  if (folded.startsWith(query)) return 1;
  if (folded.includes(` ${query}`) || folded.includes(`(${query}`)) return 2;
  if (folded.includes(query)) return 3;
  return undefined;
}

/** The digits of a calling-code query (`+86`, `8 6`), or `undefined` for any other query. */
function callingCodeDigits(query: string): string | undefined {
  const compact = query.replace(/\s+/g, '');
  return CALLING_CODE_QUERY.test(compact) ? compact.replace('+', '') : undefined;
}

function rankOf(
  country: Country,
  query: string,
  callingDigits: string | undefined,
  alsoKnownAs: ((country: Country) => string | undefined) | undefined,
): number | undefined {
  if (callingDigits !== undefined) {
    const own = country.callingCode.slice(1);
    if (own === callingDigits) return 0;
    return own.startsWith(callingDigits) ? 1 : undefined;
  }
  if (country.code.toLowerCase() === query) return 0;
  const ranks = [nameRank(country.name, query)];
  const alias = alsoKnownAs?.(country);
  if (alias) ranks.push(nameRank(alias, query));
  const found = ranks.filter((rank): rank is number => rank !== undefined);
  return found.length > 0 ? Math.min(...found) : undefined;
}

/**
 * Filters countries by what a user typed: localised name (accent-insensitive, start of a word
 * first), ISO code (`cn`), or calling code with or without the plus (`86`, `+86`, `+1` lists
 * every NANP country). Best matches come first; ties keep the input order (alphabetical).
 * Only the first {@link MAX_SEARCHED_QUERY} characters of the folded query count.
 * @param alsoKnownAs another name to match, e.g. the English one under a Chinese locale.
 */
export function searchCountries(
  countries: readonly Country[],
  query: string,
  alsoKnownAs?: (country: Country) => string | undefined,
): Country[] {
  const folded = fold(head(query)).slice(0, MAX_SEARCHED_QUERY);
  if (folded === '') return [...countries];
  const callingDigits = callingCodeDigits(folded);
  const ranked: Array<{ country: Country; rank: number; order: number }> = [];
  countries.forEach((country, order) => {
    const rank = rankOf(country, folded, callingDigits, alsoKnownAs);
    if (rank !== undefined) ranked.push({ country, rank, order });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.map((entry) => entry.country);
}
