/** Runs the built `care-widgets` command (scripts/test-node.js builds it and sets CARE_CLI) as a person would. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd = process.cwd()): Promise<CliRun> {
  const cli = process.env.CARE_CLI;
  if (!cli) throw new Error('CARE_CLI is not set: run these tests through node scripts/test-node.js');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A new empty folder for a test's files. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'care-widgets-test-'));
