/** Writes the phone metadata pieces and their index under src/core/phone/generated/. */
export function generatePhoneMetadata(): { pieces: number; libraryVersion: string };
/** Vite plugin that runs {@link generatePhoneMetadata} when Vite starts. */
export function phoneMetadata(): { name: string; config: () => void };
/** Where the generated modules go. */
export const GENERATED_DIR: string;
