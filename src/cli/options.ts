/** Parsing helpers shared by the commands: one place for numbers and formats. */
import { UsageError } from '../core/messages.js';

export function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} expects a positive whole number; got "${value}"`);
  return n;
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`unknown ${flag} "${value}"; expected ${allowed.join('|')}`);
  return value as T;
}

export function requireInputs(inputs: string[], what = 'inputs'): void {
  if (inputs.length === 0) throw new UsageError(`no ${what} given; name files, folders, URLs or - for stdin`);
}

/** Options every command that reads inputs shares: how URLs are fetched. One spec, one parser. */
export const INPUT_OPTIONS = {
  timeout: { type: 'string' },
  'allow-private': { type: 'boolean' },
} as const;

/** `--timeout SECONDS` and `--allow-private` as ingest options. */
export function inputOptions(values: { timeout?: string; 'allow-private'?: boolean }): { timeoutMs?: number; allowPrivateAddresses?: boolean } {
  const seconds = positiveInt(values.timeout, '--timeout');
  return {
    ...(seconds ? { timeoutMs: seconds * 1000 } : {}),
    ...(values['allow-private'] ? { allowPrivateAddresses: true } : {}),
  };
}
