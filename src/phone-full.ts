// genauth-sms-react/phone-full: every calling code's phone metadata at once, for Node, tests
// and pages that would rather not load it piece by piece.
import metadata from 'libphonenumber-js/mobile/metadata';
import { installPhoneMetadata } from './core/phone/metadata-store.js';
import { phoneEngine } from './core/phone/phone-engine.js';

/**
 * Installs libphonenumber-js's whole mobile metadata (about 24 kB gzipped) into the kit, so
 * `parsePhone` judges every number at once and no piece is ever downloaded. Call it once,
 * before the first parse (an import alone does nothing: bundlers may drop unused imports).
 * @example
 * import { installFullPhoneMetadata } from 'genauth-sms-react/phone-full';
 * installFullPhoneMetadata();
 * parsePhone('+44 7400 123456'); // { valid: true, ... }
 */
export function installFullPhoneMetadata(): void {
  installPhoneMetadata(metadata, phoneEngine);
}
