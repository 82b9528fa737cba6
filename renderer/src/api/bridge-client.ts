import type { PreloadBridge } from '../../../shared/api/bridge';
import type { ShpaltaApi } from '../../../shared/api/contract';
import { toApiError } from '../../../shared/api/errors';

/** Electron: the contract over the preload bridge, envelopes turned back into ApiError. */
export function createBridgeApi(bridge: PreloadBridge): ShpaltaApi {
  return {
    async invoke(method, input) {
      const envelope = await bridge.invokeRaw(method, input);
      if (!envelope.ok) throw toApiError(envelope.error);
      return envelope.value as never;
    },
    on(event, listener) {
      return bridge.on(event, listener as (payload: unknown) => void);
    },
  };
}
