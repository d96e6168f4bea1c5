/** An HTTP answer other than 2xx. 5xx is worth retrying; 4xx is not. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`The events file could not be loaded: the server answered ${status} for ${url}.`);
  }
}

/** The network itself failed (offline, refused, CORS). Worth retrying. */
export class NetworkError extends Error {
  override name = 'NetworkError';
}
