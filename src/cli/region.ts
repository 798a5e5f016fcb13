/**
 * The region for a deploy from a laptop, found the way the AWS CLI and SDKs
 * find it: AWS_REGION, then the `region` of the profile (AWS_PROFILE, or
 * default) in ~/.aws/config. The options parser only knows the environment;
 * the SDK's own loader reads the files. Loaded lazily: only a deploy needs it.
 */
import type { RawInputs } from '../options/index.ts';

export async function resolveRegion(raw: RawInputs, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (raw.region?.trim()) return undefined;
  // An ARN names its region, and the environment is read by the options parser.
  if (raw['function-name']?.startsWith('arn:')) return undefined;
  if (env.AWS_REGION || env.AWS_DEFAULT_REGION) return undefined;
  const { LambdaClient } = await import('@aws-sdk/client-lambda');
  const client = new LambdaClient({});
  try {
    const region = await client.config.region();
    return region || undefined;
  } catch {
    // No region anywhere: the options parser says so, with the fix.
    return undefined;
  } finally {
    client.destroy();
  }
}
