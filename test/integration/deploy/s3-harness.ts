/**
 * A real S3-compatible server for the deploy tests: s3rver on 127.0.0.1, behind a small proxy that
 * records every request (method and key, in arrival order) and can fail chosen ones the way S3
 * does (503 SlowDown, 500). Everything here is asynchronous: s3rver shares this process's event loop.
 */
import { CreateBucketCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { rm } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import S3rver from 's3rver';
import { clientConfig } from '../../../scripts/lib/deploy/s3-origin.ts';

/** s3rver's fixed credentials, for in-process clients and child processes alike. */
export const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/** One request the proxy saw. */
export interface Operation {
  method: string;
  bucket: string;
  /** The object key, or for a batch delete every key it names. */
  keys: string[];
  /** The status the proxy answered itself, when it injected a failure. */
  injected?: number;
}

/** The running server, its recording proxy and helpers. */
export interface S3Harness {
  endpoint: string;
  client: S3Client;
  operations: Operation[];
  /** Decides, per request, whether to answer with an error status instead of forwarding it. */
  inject: ((operation: Operation) => number | undefined) | undefined;
  /** Called for every request as it arrives (after `inject`). */
  observe: ((operation: Operation) => void) | undefined;
  createBucket(name: string): Promise<void>;
  /** Resolves once every request the proxy forwarded has been answered (a killed client's last PUT may still be running). */
  settled(): Promise<void>;
  /** Every object of a bucket: ETag, Content-Type, Cache-Control and body. */
  snapshot(bucket: string): Promise<Record<string, StoredObject>>;
  close(): Promise<void>;
}

/** An object as a test compares it. */
export interface StoredObject {
  etag: string;
  contentType: string | undefined;
  cacheControl: string | undefined;
  body: string;
}

const ERROR_CODES: Record<number, string> = { 500: 'InternalError', 503: 'SlowDown' };

/** Starts s3rver and the recording proxy on free loopback ports. */
export async function startS3(root: string): Promise<S3Harness> {
  const directory = path.join(root, `s3rver-${process.pid}`);
  const s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, resetOnClose: true });
  const { port } = await s3rver.run();
  const inFlight = new Set<Promise<void>>();
  const harness: S3Harness = {
    endpoint: '',
    client: undefined as unknown as S3Client,
    operations: [],
    inject: undefined,
    observe: undefined,
    createBucket: async (name) => void (await harness.client.send(new CreateBucketCommand({ Bucket: name }))),
    snapshot: (bucket) => snapshot(harness.client, bucket),
    settled: async () => void (await Promise.all(inFlight)),
    close: async () => {
      await new Promise((resolve) => proxy.close(resolve));
      await s3rver.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
  const proxy = createServer((incoming, outgoing) => {
    const relayed = relay(harness, port, incoming, outgoing).finally(() => inFlight.delete(relayed));
    inFlight.add(relayed);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  harness.endpoint = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
  harness.client = new S3Client({ ...clientConfig({ endpoint: harness.endpoint, region: 'us-east-1' }), credentials: CREDENTIALS, maxAttempts: 1 });
  return harness;
}

async function relay(harness: S3Harness, port: number, incoming: IncomingMessage, outgoing: ServerResponse) {
  const body = Buffer.concat(await Array.fromAsync(incoming));
  const operation = describe(incoming, body);
  const status = harness.inject?.(operation);
  harness.operations.push(status ? { ...operation, injected: status } : operation);
  harness.observe?.(operation);
  if (status) {
    const code = ERROR_CODES[status] ?? 'InternalError';
    outgoing.writeHead(status, { 'Content-Type': 'application/xml' }).end(`<Error><Code>${code}</Code><Message>Injected by the test.</Message></Error>`);
    return;
  }
  // Waits for s3rver's whole answer, even when the client has gone: s3rver writes objects in steps.
  const answer = await new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer } | undefined>((resolve) => {
    const forward = request({ host: '127.0.0.1', port, method: incoming.method, path: incoming.url, headers: incoming.headers }, (response) => {
      void Array.fromAsync(response).then((chunks) => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    forward.on('error', () => resolve(undefined));
    forward.end(body);
  });
  if (!answer) outgoing.destroy();
  else if (!outgoing.destroyed) outgoing.writeHead(answer.status, answer.headers).end(answer.body);
}

function describe(incoming: IncomingMessage, body: Buffer): Operation {
  const url = new URL(incoming.url ?? '/', 'http://s3');
  const [, bucket = '', ...rest] = url.pathname.split('/');
  const isBatchDelete = incoming.method === 'POST' && url.searchParams.has('delete');
  const keys = isBatchDelete
    ? [...body.toString('utf8').matchAll(/<Key>([^<]*)<\/Key>/g)].map((match) => decodeXml(match[1]!))
    : [decodeURIComponent(rest.join('/'))].filter(Boolean);
  return { method: isBatchDelete ? 'DELETE' : (incoming.method ?? 'GET'), bucket, keys };
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

async function snapshot(client: S3Client, bucket: string): Promise<Record<string, StoredObject>> {
  const listing = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
  const result: Record<string, StoredObject> = {};
  for (const { Key } of listing.Contents ?? []) {
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: Key! }));
    const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: Key! }));
    result[Key!] = {
      etag: head.ETag ?? '',
      contentType: head.ContentType,
      cacheControl: head.CacheControl,
      body: (await object.Body?.transformToString('utf8')) ?? '',
    };
  }
  return result;
}
