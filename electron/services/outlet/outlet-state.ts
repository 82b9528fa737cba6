import type { OutletState } from '../../../shared/api/contract';
import { defaultOutletProfile } from '../../../shared/outlet/outlet-profile';
import type { OutletStore } from './outlet-store';

/**
 * The profile as the page gets it. No file yet reads as the defaults (the first save creates it); a file
 * that cannot be used reads as the defaults too, with the reason, and the page offers no save over it.
 */
export async function outletState(store: OutletStore): Promise<OutletState> {
  const read = await store.read();
  if (read.kind === 'damaged')
    return { profile: defaultOutletProfile(), hash: null, problem: read.problem, logoDataUrl: null };
  const profile = read.kind === 'profile' ? read.profile : defaultOutletProfile();
  const hash = read.kind === 'profile' ? read.hash : null;
  const logoDataUrl = profile.logo === null ? null : await store.logoDataUrl(profile.logo);
  return { profile, hash, problem: null, logoDataUrl };
}
