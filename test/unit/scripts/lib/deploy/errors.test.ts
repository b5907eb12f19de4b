import { describe, expect, test } from 'vitest';
import { explainDeployError } from '../../../../../scripts/lib/deploy/errors.ts';

const error = (fields: Record<string, string>) => Object.assign(new Error(fields['message'] ?? ''), fields);

describe('explainDeployError', () => {
  test.each([
    [error({ name: 'CredentialsProviderError', message: 'Could not load credentials from any providers' }), 'Set AWS_ACCESS_KEY_ID'],
    [error({ message: 'Region is missing' }), 'Pass --region'],
    [error({ name: 'NoSuchBucket', message: 'The specified bucket does not exist' }), 'The bucket of s3://site/ does not exist'],
    [error({ name: 'AccessDenied', message: 'Access Denied' }), 's3:ListBucket, s3:GetObject, s3:PutObject and s3:DeleteObject'],
    [error({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1' }), 'Check --endpoint'],
  ])('%s gets a hint', (thrown, hint) => {
    const text = explainDeployError(thrown, 's3://site/');
    expect(text.split('\n')[0]).toBe(thrown.message);
    expect(text).toContain(hint);
  });

  test('passes other errors through unchanged', () => {
    expect(explainDeployError(new Error('Something else'), 's3://site/')).toBe('Something else');
  });
});
