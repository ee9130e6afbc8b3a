import { z } from 'zod';

// Extension pages forbid eval: zod must not even probe for it (a CSP report per
// page, and a store-review warning). Every schema imports z from here.
z.config({ jitless: true });

export { z };
