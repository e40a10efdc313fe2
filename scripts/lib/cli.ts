/**
 * Command lines of the scripts, read by node:util parseArgs in strict mode: an unknown flag, a
 * missing value or a stray word is an error that names it and shows the usage line, in Vietnamese
 * and English, with exit code 2 — never a silently ignored flag or an `undefined` path.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CliSpec<O extends Options> {
  /** The usage line(s), e.g. `npm run check [-- --json | --github] [-- --root DIR]`. */
  usage: string;
  options: O;
  /** Whether plain words (not flags) are accepted. */
  positionals?: boolean;
}

/** Why parseArgs refused, in both languages, from its error code and the flag it names. */
export function explainCliError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  const word = /"([^"]*)"|'([^']*)'/.exec(message);
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Tùy chọn không có: ${flag} (unknown option ${flag}).`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message)
        ? `Thiếu giá trị sau ${flag} (missing value after ${flag}).`
        : `Tùy chọn ${flag} không nhận giá trị (option ${flag} takes no value).`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Thừa đối số: ${word?.[1] ?? word?.[2] ?? ''} (unexpected argument).`;
    default:
      return `Dòng lệnh không hợp lệ (invalid command line): ${message}`;
  }
}

/** Parses argv or exits 2 with the reason and the usage. */
export function parseCli<O extends Options>(spec: CliSpec<O>, argv = process.argv.slice(2)) {
  try {
    return parseArgs({ args: argv, options: spec.options, strict: true, allowPositionals: spec.positionals ?? false });
  } catch (error) {
    process.stderr.write(`${explainCliError(error)}\nCách dùng (usage): ${spec.usage}\n`);
    process.exit(2);
  }
}

/** Exits 2 with a message and the usage: for values parseArgs cannot judge (a size, a kind). */
export function usageError(spec: { usage: string }, message: string): never {
  process.stderr.write(`${message}\nCách dùng (usage): ${spec.usage}\n`);
  process.exit(2);
}
