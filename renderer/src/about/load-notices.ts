import {
  THIRD_PARTY_NOTICES_FILE,
  thirdPartyNoticesSchema,
  type ThirdPartyNotices,
} from '../../../shared/about/third-party-notices';

/** The notices the build wrote beside the page (scripts/third-party-notices.mjs), checked on the way in. */
export async function fetchThirdPartyNotices(): Promise<ThirdPartyNotices> {
  const response = await fetch(new URL(THIRD_PARTY_NOTICES_FILE, document.baseURI));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return thirdPartyNoticesSchema.parse(await response.json());
}
