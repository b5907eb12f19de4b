/**
 * `npm run deploy -- --bucket <name> [--endpoint <url>] [--region <r>] [--prefix <p>] [--dry-run]
 * [--max-deletes <n>] [--max-delete-share <percent>] [--force] [--allow-rollback]`: publishes a
 * complete build (checked against its build record) to any S3-compatible bucket. Uploads only what
 * changed, assets before pages before the sitemap, deletes last, and exits 1 on any failure or refusal.
 */
import { explainDeployError } from './lib/deploy/errors.ts';
import { DeployUsageError, parseDeployArgs, USAGE, type DeployOptions } from './lib/deploy/options.ts';
import { formatSummary } from './lib/deploy/report.ts';
import { DeployError, runDeploy } from './lib/deploy/run-deploy.ts';
import { createS3Origin } from './lib/deploy/s3-origin.ts';

function readOptions(): (DeployOptions & { help: boolean }) | undefined {
  try {
    return parseDeployArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof DeployUsageError)) throw error;
    console.error(error.message);
    return undefined;
  }
}

async function main(): Promise<number> {
  const options = readOptions();
  if (!options) return 1;
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const origin = createS3Origin(options);
  // Stopping is safe at any point (pages go up after their assets, deletes come last), so say how to finish.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\nDeploy to ${origin.target} interrupted. Run it again to finish; nothing already uploaded is lost.`);
      process.exit(130);
    });
  }
  console.log(`${options.dryRun ? 'Dry run: deploy' : 'Deploying'} ${options.dir}/ to ${origin.target}`);
  try {
    const { summary } = await runDeploy(options, origin, (line) => console.log(line));
    console.log(formatSummary(summary, origin.target, options.dryRun));
    return 0;
  } catch (error) {
    const reason = error instanceof DeployError ? `stopped. ${error.message}` : `failed. ${explainDeployError(error, origin.target)}`;
    console.error(`\nThe deploy ${reason}`);
    return 1;
  }
}

process.exitCode = await main();
