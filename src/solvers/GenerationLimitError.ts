/**
 * A generation method (double oracle, constraint generation) would exceed a limit it was given: the
 * restricted game's size (checked BEFORE it is allocated) or the time. The message is one line saying
 * which limit and how far the method got; callers turn it into bad input for the user.
 */
export class GenerationLimitError extends Error {
  constructor(
    readonly limit: 'strategies' | 'time' | 'search',
    message: string,
  ) {
    super(message);
    this.name = 'GenerationLimitError';
  }
}
