/**
 * A runner-like AWS environment for tests that run the bundled action against a
 * fake Lambda API: fixed test credentials, a region, and nothing inherited that
 * the SDK would read instead (profiles, config files, container or web-identity
 * credentials, endpoint overrides).
 */
export function awsTestEnv(emptyConfigFile: string, accessKeyId: string, over: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    AWS_ACCESS_KEY_ID: accessKeyId,
    AWS_SECRET_ACCESS_KEY: 'test-not-a-secret',
    AWS_SESSION_TOKEN: undefined,
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: undefined,
    AWS_PROFILE: undefined,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SHARED_CREDENTIALS_FILE: emptyConfigFile,
    AWS_CONFIG_FILE: emptyConfigFile,
    AWS_ENDPOINT_URL: undefined,
    AWS_ENDPOINT_URL_LAMBDA: undefined,
    AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: undefined,
    AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
    AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
    ...over,
  };
}
