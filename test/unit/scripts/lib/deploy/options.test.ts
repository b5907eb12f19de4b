import { describe, expect, test } from 'vitest';
import { DEFAULT_MAX_DELETE_SHARE, DEFAULT_MAX_DELETES, normalisePrefix, parseDeployArgs } from '../../../../../scripts/lib/deploy/options.ts';

describe('parseDeployArgs', () => {
  test('reads every flag', () => {
    const options = parseDeployArgs(
      [
        ...['--bucket', 'site', '--endpoint', 'http://127.0.0.1:9000/', '--region', 'auto', '--prefix', '/v1/', '--dry-run'],
        ...['--max-deletes', '10', '--max-delete-share', '35%', '--force', '--allow-rollback', '--dir', 'out', '--concurrency', '4'],
      ],
      { SITE_URL: 'https://explainers.example.com/' },
    );
    expect(options).toEqual({
      help: false,
      bucket: 'site',
      endpoint: 'http://127.0.0.1:9000',
      region: 'auto',
      prefix: 'v1/',
      dir: 'out',
      dryRun: true,
      maxDeletes: 10,
      maxDeleteShare: 35,
      force: true,
      allowRollback: true,
      concurrency: 4,
      siteUrl: 'https://explainers.example.com',
    });
  });

  test.each([
    {
      name: 'defaults',
      argv: [],
      env: {},
      expected: {
        ...{ endpoint: undefined, region: undefined, prefix: '', dryRun: false, siteUrl: undefined },
        ...{ maxDeletes: DEFAULT_MAX_DELETES, maxDeleteShare: DEFAULT_MAX_DELETE_SHARE, force: false, allowRollback: false },
      },
    },
    { name: 'a fractional share', argv: ['--max-delete-share', '2.5'], env: {}, expected: { maxDeleteShare: 2.5 } },
    { name: 'an empty SITE_URL, as CI passes an unset variable', argv: [], env: { SITE_URL: '' }, expected: { siteUrl: undefined } },
    { name: 'AWS_ENDPOINT_URL_S3, with a region to sign with', argv: [], env: { AWS_ENDPOINT_URL_S3: 'https://r2.example' }, expected: { endpoint: 'https://r2.example', region: 'us-east-1' } },
    { name: 'AWS_REGION', argv: [], env: { AWS_REGION: 'eu-west-1' }, expected: { region: 'eu-west-1' } },
    { name: 'empty variables, as CI passes unset secrets', argv: [], env: { AWS_REGION: '', AWS_ENDPOINT_URL_S3: '' }, expected: { endpoint: undefined, region: undefined } },
    { name: '--endpoint wins over the environment', argv: ['--endpoint', 'http://a'], env: { AWS_ENDPOINT_URL_S3: 'http://b' }, expected: { endpoint: 'http://a' } },
  ])('$name', ({ argv, env, expected }) => {
    expect(parseDeployArgs(['--bucket', 'site', ...argv], env)).toMatchObject(expected);
  });

  test.each([
    [[], 'Which bucket? `--bucket` is required.'],
    [['--bucket', 'b', '--max-deletes', 'lots'], '`--max-deletes` must be a whole number of at least 0, got `lots`.'],
    [['--bucket', 'b', '--concurrency', '0'], '`--concurrency` must be a whole number of at least 1, got `0`.'],
    [['--bucket', 'b', '--endpoint', 'localhost:9000'], '`--endpoint` must be the http(s) URL of an S3 API, got `localhost:9000`.'],
    [['--bucket', 'b', '--dryrun'], "Unknown option '--dryrun'. Did you mean `--dry-run`?"],
    [['--bucket', 'b', '--prefix', 'a/../b'], '`--prefix` must be a plain folder path such as `sites/backgrounder`, got `a/../b`.'],
    [['--bucket'], "Option '--bucket <value>' argument missing."],
    [['--bucket', 'b', '--max-delete-share', '120'], '`--max-delete-share` must be a percentage from 0 to 100, such as `20` or `20%`, got `120`.'],
    [['--bucket', 'b', '--max-delete-share', 'some'], '`--max-delete-share` must be a percentage from 0 to 100, such as `20` or `20%`, got `some`.'],
    [['--bucket', 'b', '--allow-rolback'], "Unknown option '--allow-rolback'. Did you mean `--allow-rollback`?"],
  ])('%j fails with %s', (argv, message) => {
    expect(() => parseDeployArgs(argv, {})).toThrow(message);
  });
});

describe('normalisePrefix', () => {
  test.each([
    ['', ''],
    ['/', ''],
    ['site', 'site/'],
    ['/site/v2/', 'site/v2/'],
  ])('%j → %j', (value, expected) => {
    expect(normalisePrefix(value)).toBe(expected);
  });
});
