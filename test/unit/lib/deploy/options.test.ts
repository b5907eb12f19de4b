import { describe, expect, test } from 'vitest';
import { DEFAULT_MAX_DELETES, normalisePrefix, parseDeployArgs } from '../../../../src/lib/deploy/options.ts';

describe('parseDeployArgs', () => {
  test('reads every flag', () => {
    const options = parseDeployArgs(
      ['--bucket', 'site', '--endpoint', 'http://127.0.0.1:9000/', '--region', 'auto', '--prefix', '/v1/', '--dry-run', '--max-deletes', '10', '--force', '--dir', 'out', '--concurrency', '4'],
      {},
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
      force: true,
      concurrency: 4,
    });
  });

  test.each([
    { name: 'defaults', argv: [], env: {}, expected: { endpoint: undefined, region: undefined, prefix: '', maxDeletes: DEFAULT_MAX_DELETES, dryRun: false } },
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
