/** Machine-readable error codes. */
export type DechaffErrorCode =
  | 'E_INPUT' // clean()/analyze() got something that is not a string
  | 'E_OPTIONS' // an option is out of range or of the wrong type
  | 'E_MODEL' // a model is malformed, foreign, corrupt or of an unknown version
  | 'E_RULE' // a custom rule is malformed
  | 'E_TRAIN' // training data is malformed
  | 'E_QUEUE'; // the queue (dechaff/queue) failed: a bad Redis URL or queue name, Redis unreachable

/** The one error type dechaff throws. `code` says what kind, `message` says what exactly. */
export class DechaffError extends Error {
  /** What kind of error this is. */
  readonly code: DechaffErrorCode;
  /**
   * @param code what kind of error
   * @param message what is wrong, naming the field or the input
   */
  constructor(code: DechaffErrorCode, message: string) {
    super(message);
    this.name = 'DechaffError';
    this.code = code;
  }
}
