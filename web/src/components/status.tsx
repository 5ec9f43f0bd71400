import type { ReactNode } from 'react';

export const Loading = ({ what }: { what: string }) => (
  <p className="status status--loading" role="status">
    Loading {what}…
  </p>
);

export const EmptyState = ({ children }: { children: ReactNode }) => (
  <div className="status status--empty">{children}</div>
);
