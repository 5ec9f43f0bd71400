import type { ApiError } from '../api/client.js';

/** A failed call, in the API's own words. */
export const ErrorBanner = ({ error }: { error: ApiError }) => (
  <div className="error-banner" role="alert">
    <strong className="error-banner__title">
      {error.status === 404 ? 'Not found' : 'Something went wrong'}
    </strong>
    <p className="error-banner__message">{error.message}</p>
  </div>
);
