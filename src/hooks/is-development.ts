// Declared locally so the check compiles without Node's types. Bundlers replace
// `process.env.NODE_ENV` in the consumer's build, which drops development checks from production.
declare const process: { env: { NODE_ENV?: string } } | undefined;

/** @internal True outside production builds: where the kit reports misuse loudly. */
export function isDevelopment(): boolean {
  return typeof process !== 'undefined' && process.env.NODE_ENV !== 'production';
}
