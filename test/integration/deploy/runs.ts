/**
 * Ways to run a deploy in the tests: in this process against the harness's s3rver, or as the
 * `npm run deploy` command line in a child process (where exit codes, output or a kill matter).
 */
import { S3Client } from '@aws-sdk/client-s3';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { runDeploy, type AncestryCheck, type DeployResult } from '../../../scripts/lib/deploy/run-deploy.ts';
import { clientConfig, createS3Origin } from '../../../scripts/lib/deploy/s3-origin.ts';
import { DEFAULT_MAX_DELETE_SHARE, DEFAULT_MAX_DELETES, type DeployOptions } from '../../../scripts/lib/deploy/options.ts';
import { CREDENTIALS, type Operation, type S3Harness } from './s3-harness.ts';

/** A deploy's result and the lines it printed. */
export type DeployRun = DeployResult & { lines: string[] };

/**
 * Deploys `dir` into `bucket` of `s3` in this process; git questions go to `ancestry` when given.
 * When the deploy throws, the error carries the lines printed before, as `lines`.
 */
export async function deployIn(
  s3: S3Harness,
  bucket: string,
  dir: string,
  extra: Partial<DeployOptions> = {},
  ancestry?: AncestryCheck,
): Promise<DeployRun> {
  const options: DeployOptions = {
    bucket,
    endpoint: s3.endpoint,
    region: 'us-east-1',
    prefix: '',
    dir,
    dryRun: false,
    maxDeletes: DEFAULT_MAX_DELETES,
    maxDeleteShare: DEFAULT_MAX_DELETE_SHARE,
    force: false,
    allowRollback: false,
    concurrency: 4,
    siteUrl: undefined,
    ...extra,
  };
  const origin = createS3Origin(options, new S3Client({ ...clientConfig(options), credentials: CREDENTIALS }));
  const lines: string[] = [];
  try {
    return { ...(await runDeploy(options, origin, (line) => lines.push(line), ancestry)), lines };
  } catch (error) {
    throw Object.assign(error as Error, { lines });
  }
}

/** How a command-line deploy ended. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const SCRIPT = path.resolve('scripts/deploy.ts');

/** Runs `npm run deploy`'s script in `cwd` as a child process (asynchronously: s3rver lives in this process). */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; started?: (child: ChildProcess) => void } = {}): Promise<CliRun> {
  const env = { ...process.env, AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId, AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey, ...options.env };
  const child = spawn(process.execPath, [SCRIPT, ...args], { env, cwd: options.cwd ?? process.cwd() });
  options.started?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** Requests that change objects of `bucket` (not the bucket itself). */
export function writesTo(operations: readonly Operation[], bucket: string): Operation[] {
  return operations.filter((op) => op.bucket === bucket && op.keys.length > 0 && ['PUT', 'POST', 'DELETE'].includes(op.method));
}
