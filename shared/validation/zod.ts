import { z } from 'zod';

// Every schema module takes `z` from here. People read a failed check through issueReason (the catalogue,
// in their UI language); zod's own text, Ukrainian whichever module loads first, is left for logs.
z.config(z.locales.uk());

export { z };
