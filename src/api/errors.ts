import { problem, ProblemError } from '../domain/core/problem';

/** An HTTP answer other than 2xx. 5xx is worth retrying; 4xx is not. */
export class HttpError extends ProblemError {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    // The status is a code, written as is (never "4,04").
    super(problem('problem.http.status', { status: String(status), url }));
  }
}

/** The network itself failed (offline, refused, CORS). Worth retrying. */
export class NetworkError extends ProblemError {
  override name = 'NetworkError';
}
