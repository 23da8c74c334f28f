// When the action publishes the badge; kept apart from the publisher so checking it loads no badge renderer.
/** Publish only on a push to the default branch, and only when the `badge` input is on. */
export function shouldPublishBadge(event: {
  eventName: string;
  ref: string;
  defaultBranch?: string;
  enabled: boolean;
}): boolean {
  return (
    event.enabled &&
    event.eventName === 'push' &&
    event.defaultBranch !== undefined &&
    event.ref === `refs/heads/${event.defaultBranch}`
  );
}
