/**
 * The bucket, as the deploy sees it: list, read and write the manifest, upload, HEAD, delete.
 * @aws-sdk/client-s3 with the standard credential chain, and its standard retry strategy (backoff
 * with jitter on throttling, 5xx and dropped connections); the retries it needed are counted.
 */
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { MANIFEST_KEY } from './manifest.ts';
import { normaliseEtag, type ObservedHeaders, type PlannedFile, type RemoteObject } from './plan.ts';
import type { DeployOptions } from './options.ts';

/** Five tries per request: the SDK waits 0.1–20 s between them, longer after throttling. */
export const MAX_ATTEMPTS = 5;

/** The operations the deploy needs from a bucket, keyed relative to the deploy prefix. */
export interface Origin {
  /** `s3://bucket/prefix/` (and the endpoint, when not AWS), for messages. */
  readonly target: string;
  /** Retries the SDK made so far, across every request. */
  readonly retries: number;
  list(): Promise<RemoteObject[]>;
  readManifest(): Promise<string | undefined>;
  writeManifest(text: string): Promise<void>;
  /** Uploads one file and returns the ETag the store gave it. */
  put(file: PlannedFile, body: Uint8Array): Promise<string>;
  head(key: string): Promise<ObservedHeaders>;
  /** Deletes up to 1000 keys in one request; throws when the store reports any key it could not delete. */
  deleteBatch(keys: readonly string[]): Promise<void>;
}

/** Client settings for `options`: path-style addressing with a custom endpoint, checksums only where S3 requires them. */
export function clientConfig(options: Pick<DeployOptions, 'endpoint' | 'region'>): S3ClientConfig {
  return {
    maxAttempts: MAX_ATTEMPTS,
    retryMode: 'standard',
    ...(options.region ? { region: options.region } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true } : {}),
    // Newer SDKs add CRC32 checksums to every request by default, which some S3-compatible stores
    // reject; uploads carry Content-MD5 instead, which all of them check.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  };
}

/** Adds the SDK's retries for every request to `count`: they are in each response's (or error's) `$metadata.attempts`. */
function countRetries(client: S3Client, count: (retries: number) => void): void {
  const retriesOf = (value: unknown) => ((value as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1) - 1;
  client.middlewareStack.add(
    (next) => async (args) => {
      try {
        const result = await next(args);
        count(retriesOf(result.output));
        return result;
      } catch (error) {
        count(retriesOf(error));
        throw error;
      }
    },
    { step: 'initialize', name: 'countRetries' },
  );
}

/** An Origin for `options.bucket` under `options.prefix`. */
export function createS3Origin(options: DeployOptions, client = new S3Client(clientConfig(options))): Origin {
  const { bucket, prefix } = options;
  let retries = 0;
  countRetries(client, (n) => (retries += n));
  return {
    target: `s3://${bucket}/${prefix}${options.endpoint ? ` at ${options.endpoint}` : ''}`,
    get retries() {
      return retries;
    },
    async list() {
      const objects: RemoteObject[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        for (const { Key, ETag } of page.Contents ?? []) {
          if (Key !== undefined && ETag !== undefined) objects.push({ key: Key.slice(prefix.length), etag: ETag });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return objects;
    },
    async readManifest() {
      try {
        const output = await client.send(new GetObjectCommand({ Bucket: bucket, Key: `${prefix}${MANIFEST_KEY}` }));
        return await output.Body?.transformToString('utf8');
      } catch (error) {
        if (['NoSuchKey', 'NotFound'].includes((error as Error).name)) return undefined;
        throw error;
      }
    },
    async writeManifest(text) {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: `${prefix}${MANIFEST_KEY}`,
          Body: text,
          ContentType: 'application/json; charset=utf-8',
          CacheControl: 'no-store',
        }),
      );
    },
    async put(file, body) {
      const output = await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: `${prefix}${file.key}`,
          Body: body,
          ContentType: file.contentType,
          CacheControl: file.cacheControl,
          ContentMD5: Buffer.from(file.md5, 'hex').toString('base64'),
        }),
      );
      return normaliseEtag(output.ETag ?? file.md5);
    },
    async head(key) {
      const output = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: `${prefix}${key}` }));
      return { contentType: output.ContentType, cacheControl: output.CacheControl };
    },
    async deleteBatch(keys) {
      const output = await client.send(
        new DeleteObjectsCommand({
          Bucket: bucket,
          Delete: { Objects: keys.map((key) => ({ Key: `${prefix}${key}` })), Quiet: true },
        }),
      );
      if (output.Errors?.length) {
        const failed = output.Errors.map((error) => `${error.Key}: ${error.Message}`).join('; ');
        throw new Error(`The store refused to delete ${output.Errors.length} objects: ${failed}`);
      }
    },
  };
}
