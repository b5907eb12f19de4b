/** A deploy that stopped on purpose or failed; the message says what happened and what to do. */
export class DeployError extends Error {
  override name = 'DeployError';
}
