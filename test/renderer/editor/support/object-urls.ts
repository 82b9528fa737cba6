import { afterAll, beforeAll } from 'vitest';

/**
 * jsdom has no object URLs (the image dialog previews a chosen file through one): a stand-in for the test
 * file that calls this, which records the addresses made and those let go.
 */
export function useObjectUrls(): { made: string[]; revoked: string[] } {
  const made: string[] = [];
  const revoked: string[] = [];
  const { createObjectURL, revokeObjectURL } = URL;
  beforeAll(() => {
    URL.createObjectURL = () => {
      made.push(`blob:preview-${made.length + 1}`);
      return made.at(-1) as string;
    };
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
  });
  afterAll(() => {
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
  });
  return { made, revoked };
}
