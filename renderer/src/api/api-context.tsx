import { createContext, useContext } from 'react';
import type { ShpaltaApi } from '../../../shared/api/contract';

export const ApiContext = createContext<ShpaltaApi | null>(null);

export function useApi(): ShpaltaApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}
