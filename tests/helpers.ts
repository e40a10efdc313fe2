import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validateProject, type ValidationResult } from '../src/checks/engine.ts';
import { runImport } from '../src/import/command.ts';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A throwaway project: the minimal valid project with one case's files laid over it. */
export function projectWith(caseName?: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'du-an-'));
  cpSync(join(FIXTURES, 'minimal'), root, { recursive: true });
  if (caseName) cpSync(join(FIXTURES, 'cases', caseName), root, { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function validateCase(caseName?: string): ValidationResult {
  const p = projectWith(caseName);
  try {
    return validateProject(p.root);
  } finally {
    p.cleanup();
  }
}

/** Validates the minimal project with `files` (path → text) written over it. */
export function validateWith(files: Record<string, string>): ValidationResult {
  const p = projectWith();
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(p.root, path)), { recursive: true });
      writeFileSync(join(p.root, path), text);
    }
    return validateProject(p.root);
  } finally {
    p.cleanup();
  }
}

/**
 * `npm run import -- …args` run in this process (src/import/command.ts, which the script only
 * calls): its exit code and what it wrote, as `spawnSync` would give them. One test per command
 * still spawns the script itself, for its wiring.
 */
export async function importCommand(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runImport(args, {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    cwd: process.cwd(),
    tty: false,
  });
  return { status, stdout, stderr };
}
