/** Turns what the S3 SDK throws into what happened and what to do, for CI logs and people. */

interface ErrorLike {
  name?: string;
  message?: string;
  code?: string;
  Code?: string;
}

const EXPLANATIONS: { test: (error: ErrorLike) => boolean; hint: (target: string) => string }[] = [
  {
    test: (error) => error.name === 'CredentialsProviderError' || /Could not load credentials/i.test(error.message ?? ''),
    hint: () =>
      'No credentials were found. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE, or an OIDC role in CI).',
  },
  {
    test: (error) => /Region is missing/i.test(error.message ?? ''),
    hint: () => 'No region is set. Pass --region, or set AWS_REGION (any value, such as `auto`, for R2).',
  },
  { test: (error) => error.name === 'NoSuchBucket', hint: (target) => `The bucket of ${target} does not exist. Check --bucket and --endpoint.` },
  {
    test: (error) => ['AccessDenied', 'InvalidAccessKeyId', 'SignatureDoesNotMatch', 'Forbidden'].includes(error.name ?? ''),
    hint: (target) =>
      `The store refused the credentials for ${target}. They need s3:ListBucket, s3:GetObject, s3:PutObject and s3:DeleteObject on it.`,
  },
  {
    test: (error) => ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT'].includes(error.code ?? ''),
    hint: (target) => `Could not reach ${target}. Check --endpoint (or AWS_ENDPOINT_URL_S3) and the network.`,
  },
];

/** The message to print for a failed deploy: the error itself, then a hint when the cause is a known one. */
export function explainDeployError(error: unknown, target: string): string {
  const details = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as ErrorLike;
  const message = details.message || details.name || 'Unknown error';
  const known = EXPLANATIONS.find((explanation) => explanation.test(details));
  return known ? `${message}\n  ${known.hint(target)}` : message;
}
