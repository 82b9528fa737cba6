import type { ShpaltaApi } from '../../../shared/api/contract';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createTestApp, type TestApp } from '../../fixtures/test-app';

/**
 * The desktop app's services, composed as the Electron host composes them, with an updater that only records
 * what it is asked; the page's API calls go through the same dispatch (and schemas) IPC uses.
 */
export async function desktopApi(root: string): Promise<{
  api: ShpaltaApi;
  app: TestApp;
  asked: { checks: number; installs: number };
}> {
  const asked = { checks: 0, installs: 0 };
  const app = await createTestApp(root, 'electron', {
    env: {},
    adminPolicyFile: null,
    updater: { check: () => void asked.checks++, installNow: () => void asked.installs++ },
  });
  const api = {
    invoke: async (method: string, input: unknown) => {
      const reply = await dispatch(app.services.handlers, method, input);
      if (!reply.ok) throw reply.error;
      return reply.value;
    },
    on: (event: string, listener: (payload: unknown) => void) =>
      app.services.bus.subscribe((name, payload) => {
        if (name === event) listener(payload);
      }),
  } as ShpaltaApi;
  return { api, app, asked };
}
