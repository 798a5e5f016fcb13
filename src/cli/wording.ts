/**
 * Errors as a person at a terminal should read them. The stages word their
 * errors for the action: `Input 'test-event': ...`, and fixes that speak of
 * workflow steps and runners. The CLI names its own flags instead (`--event`),
 * and turns advice that only makes sense on a runner into advice for a laptop.
 */
import { NasmLambdaError, oneLine } from '../errors.ts';
import { preferredFlag } from './args.ts';

/**
 * Runner-only advice, as the stages give it, and what to say on a laptop.
 * Applied in order to the whole message; a test checks that every string in
 * src/ with a runner-only phrase comes out of this without one.
 */
const LAPTOP_PHRASES: [RegExp, string][] = [
  // Credentials and region: the SDK reads AWS_PROFILE and ~/.aws on a laptop.
  [
    /add aws-actions\/configure-aws-credentials \(OIDC, with permissions: id-token: write\) before this step/g,
    'sign in first: `aws configure` or `aws sso login`, with AWS_PROFILE naming the profile, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY',
  ],
  [/check the configure-aws-credentials step \(role, region\)/g, 'check your AWS credentials and region (`aws sts get-caller-identity`, AWS_PROFILE)'],
  [
    /set region, or run aws-actions\/configure-aws-credentials with aws-region first \(it sets AWS_REGION\)/g,
    'pass --region, set AWS_REGION, or set region for your profile in ~/.aws/config (`aws configure`)',
  ],
  [
    /set region, or AWS_REGION \(configure-aws-credentials sets it\)/g,
    'pass --region, set AWS_REGION, or set region for your profile in ~/.aws/config (`aws configure`)',
  ],
  // Concurrent deploys: a laptop has no workflow to serialise.
  [
    /serialise deploys of this function with `concurrency: \{ group: deploy-<function>, cancel-in-progress: false \}` in the workflow/g,
    'deploy this function from one place at a time (is a workflow deploying it now?), then try again',
  ],
  [/another workflow changed/g, 'another deploy changed'],
  // Tools: installed by you, not by an earlier step.
  [
    /install nasm and binutils in an earlier step, or use an Ubuntu runner/g,
    'install nasm and binutils (`sudo apt-get install -y nasm binutils` on Debian or Ubuntu)',
  ],
  [/install nasm and binutils in an earlier step/g, 'install nasm and binutils (`sudo apt-get install -y nasm binutils` on Debian or Ubuntu)'],
  [/install them in an earlier step \(/g, 'install them ('],
  [/ as root in an earlier step/g, ' as root'],
  [/ in an earlier step/g, ' first'],
  [/set install-tools: auto/g, 'pass --install-tools auto'],
  [
    /use runs-on: ubuntu-latest \(or ubuntu-24\.04-arm\) for this job/g,
    'run nasm-lambda on Linux (x86-64, or arm64 with qemu-user), e.g. in a container or a VM',
  ],
  [/this action builds on Linux only/g, 'nasm-lambda builds on Linux only'],
  // The working tree is yours; no checkout step.
  [/ in the checkout \(did actions\/checkout run\?\)/g, ''],
  [/\s*\(did actions\/checkout run\?\)/g, ''],
  // The network is this machine's, and a failed run is simply run again.
  [/the runner's network/g, 'your network'],
  [/reachable from the runner/g, 'reachable from here'],
  [/this runner is/g, 'this machine is'],
  [/on an x64 runner/g, 'on an x86-64 machine'],
  [/retry the job later/g, 'try again later'],
  [/run the job again/g, 'try again'],
  // The action's voice.
  [/set role to an execution role ARN so the action creates it/g, 'pass --role with an execution role ARN so nasm-lambda creates it'],
  [/\bthe action\b/g, 'nasm-lambda'],
  // Workflow expressions in examples.
  [/alias: pr-\$\{\{ github\.event\.number \}\}/g, '--alias pr-7'],
  [/pr-\$\{\{ github\.event\.number \}\}/g, 'pr-7'],
  // The local smoke test is the invoke command's event.
  [/the function failed the test-event/g, 'the function failed the event'],
  [/to run test-event here/g, 'to run it here'],
];

/** Runner-only phrases, for the test that keeps LAPTOP_PHRASES complete. */
export const RUNNER_ONLY =
  /actions\/checkout|configure-aws-credentials|runs-on|earlier step|this step|\bthe job\b|this job|runner\b|runner's|in the workflow|another workflow|\$\{\{/;

export function forLaptop(text: string): string {
  return LAPTOP_PHRASES.reduce((s, [from, to]) => s.replace(from, to), text);
}

/**
 * The one line the CLI prints for an error: the flag the user typed (or would
 * type) instead of `Input '...'`, and laptop advice instead of runner advice.
 */
export function cliMessage(e: NasmLambdaError, spelled: Partial<Record<string, string>> = {}): string {
  let message = e.message;
  if (e.input) {
    const prefix = `Input '${e.input}': `;
    if (message.startsWith(prefix)) {
      const flag = spelled[e.input] ?? preferredFlag(e.input);
      message = `${flag}: ${message.slice(prefix.length)}`;
    }
  }
  return oneLine(forLaptop(message));
}
