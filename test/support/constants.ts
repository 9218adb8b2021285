/** How long a retrying assertion waits for the page to show what is expected. */
export const UI_TIMEOUT_MS = 15_000;

/** Options for `expect.poll`: retry every 100 ms until UI_TIMEOUT_MS. */
export const POLL = { timeout: UI_TIMEOUT_MS, interval: 100 } as const;
