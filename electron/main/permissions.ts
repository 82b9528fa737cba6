import type { Session } from 'electron';

/**
 * Deny by default: the editor needs no camera, microphone, notifications, geolocation, devices or
 * downloads. A feature that needs one adds a narrow exception here, with a test.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}
