import { z } from 'zod';

// Validation messages reach people (in the UI, in API errors, in recovery notes), so every schema
// module takes `z` from here and the messages are Ukrainian whichever module loads first.
z.config(z.locales.uk());

export { z };
