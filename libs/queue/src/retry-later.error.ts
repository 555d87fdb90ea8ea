/**
 * Thrown by a job handler when the work cannot happen before a known time (a platform's rate limit or daily
 * quota): the worker runtime moves the job to the delayed set until `retryAt` instead of failing it, so the
 * wait does not use up the job's attempts.
 */
export class RetryLaterError extends Error {
  constructor(
    readonly retryAt: Date,
    message: string,
  ) {
    super(message);
    this.name = 'RetryLaterError';
  }
}
