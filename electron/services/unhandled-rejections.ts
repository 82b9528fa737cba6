/**
 * A promise that rejects with nobody listening is a bug, but never a reason to end the app: Node's default
 * ends the process, and with it the journalist's session and every open article. It is logged instead.
 * Returns a function that stops logging (for tests). In English, as every log line.
 */
export function logUnhandledRejections(log: (message: string, reason: unknown) => void = console.error): () => void {
  const onRejection = (reason: unknown) => log('Unhandled rejection in background work (the app goes on):', reason);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('unhandledRejection', onRejection);
  };
}
