/**
 * `npm run deploy` flags, read with node:util parseArgs and checked before anything touches the
 * network. Errors name the flag and the bad value, then say what to do.
 */
import { parseArgs } from 'node:util';
import { didYouMean } from '../../../src/schemas/suggest.ts';
import { resolveSiteUrl } from '../../../src/lib/constants.ts';

/** hugo deploy's default: more deletes than this usually means the wrong bucket, prefix or build. */
export const DEFAULT_MAX_DELETES = 256;
/** Percent of the live objects one deploy may delete: removing an article takes a few, a wrong build most. */
export const DEFAULT_MAX_DELETE_SHARE = 20;
/** Uploads in flight at once: enough to hide latency, few enough for any store's rate limits. */
export const DEFAULT_CONCURRENCY = 16;

/** Everything a deploy needs to know, checked. */
export interface DeployOptions {
  bucket: string;
  /** The S3 API origin of a non-AWS store (R2, MinIO, Backblaze…); path-style addressing is used with it. */
  endpoint: string | undefined;
  /** Undefined: the SDK's chain (AWS_REGION, ~/.aws/config). */
  region: string | undefined;
  /** Where the site lives in the bucket: `''` or a path ending in `/`. */
  prefix: string;
  /** The built site to publish. */
  dir: string;
  dryRun: boolean;
  maxDeletes: number;
  /** The most deletes allowed, as a percentage of the objects live under the prefix. */
  maxDeleteShare: number;
  /** Overrides both delete limits. */
  force: boolean;
  /** Allows replacing a live site whose commit this build does not descend from. */
  allowRollback: boolean;
  concurrency: number;
  /** SITE_URL, when set: the build must have been made for it. */
  siteUrl: string | undefined;
}

/** A command line the deploy cannot run with; the message is meant for the person who typed it. */
export class DeployUsageError extends Error {
  override name = 'DeployUsageError';
}

/** The synopsis printed with usage errors and `--help`. */
export const USAGE = `Usage: npm run deploy -- --bucket <name> [--endpoint <url>] [--region <r>] [--prefix <p>]
                         [--dir dist] [--dry-run] [--max-deletes <n>] [--max-delete-share <percent>]
                         [--force] [--allow-rollback] [--concurrency <n>]`;

const FLAGS = {
  bucket: { type: 'string' },
  endpoint: { type: 'string' },
  region: { type: 'string' },
  prefix: { type: 'string', default: '' },
  dir: { type: 'string', default: 'dist' },
  'dry-run': { type: 'boolean', default: false },
  'max-deletes': { type: 'string', default: String(DEFAULT_MAX_DELETES) },
  'max-delete-share': { type: 'string', default: String(DEFAULT_MAX_DELETE_SHARE) },
  force: { type: 'boolean', default: false },
  'allow-rollback': { type: 'boolean', default: false },
  concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
  help: { type: 'boolean', default: false },
} as const;

/** Options from `argv` (without node and the script) and the environment; throws DeployUsageError. */
export function parseDeployArgs(argv: readonly string[], env: Record<string, string | undefined>): DeployOptions & { help: boolean } {
  const { values } = readFlags(argv);
  // CI passes unset secrets as empty strings: those count as not set.
  const endpoint = firstSet(values.endpoint, env['AWS_ENDPOINT_URL_S3'], env['AWS_ENDPOINT_URL']);
  if (!values.bucket && !values.help) {
    throw new DeployUsageError(`Which bucket? \`--bucket\` is required.\n${USAGE}`);
  }
  return {
    help: values.help,
    bucket: values.bucket ?? '',
    endpoint: endpoint ? checkEndpoint(endpoint) : undefined,
    // Stores other than AWS ignore the region, but the SDK needs one to sign requests.
    region: firstSet(values.region, env['AWS_REGION'], env['AWS_DEFAULT_REGION']) ?? (endpoint ? 'us-east-1' : undefined),
    prefix: normalisePrefix(values.prefix),
    dir: values.dir,
    dryRun: values['dry-run'],
    maxDeletes: readCount('--max-deletes', values['max-deletes'], 0),
    maxDeleteShare: readPercent('--max-delete-share', values['max-delete-share']),
    force: values.force,
    allowRollback: values['allow-rollback'],
    concurrency: readCount('--concurrency', values.concurrency, 1),
    siteUrl: readSiteUrl(firstSet(env['SITE_URL'])),
  };
}

function firstSet(...values: (string | undefined)[]): string | undefined {
  return values.find((value) => value !== undefined && value.trim() !== '');
}

function readFlags(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: false });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const flag = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'-+([^']+)'/.exec(message)?.[1] : undefined;
    const hint = flag ? didYouMean(flag, Object.keys(FLAGS)).replace(/`(.+)`/, '`--$1`') : '';
    throw new DeployUsageError(`${message.replace(/\.?$/, '.')}${hint}\n${USAGE}`);
  }
}

function checkEndpoint(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href.replace(/\/$/, '');
  } catch {
    // Falls through to the message below.
  }
  throw new DeployUsageError(
    `\`--endpoint\` must be the http(s) URL of an S3 API, got \`${value}\`.\n  For example: --endpoint https://<account>.r2.cloudflarestorage.com`,
  );
}

/** `site`, `/site/` and `site/` all mean the folder `site/`; `''` and `/` mean the whole bucket. */
export function normalisePrefix(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  if (trimmed.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    if (trimmed === '') return '';
    throw new DeployUsageError(`\`--prefix\` must be a plain folder path such as \`sites/backgrounder\`, got \`${value}\`.`);
  }
  return `${trimmed}/`;
}

function readCount(flag: string, value: string, minimum: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < minimum) {
    throw new DeployUsageError(`\`${flag}\` must be a whole number of at least ${minimum}, got \`${value}\`.`);
  }
  return number;
}

function readPercent(flag: string, value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(value);
  const number = match ? Number(match[1]) : Number.NaN;
  if (!(number >= 0 && number <= 100)) {
    throw new DeployUsageError(`\`${flag}\` must be a percentage from 0 to 100, such as \`20\` or \`20%\`, got \`${value}\`.`);
  }
  return number;
}

function readSiteUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return resolveSiteUrl(value);
  } catch (error) {
    throw new DeployUsageError((error as Error).message);
  }
}
