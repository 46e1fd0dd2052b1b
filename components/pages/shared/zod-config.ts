// Extension pages forbid eval (the MV3 content security policy): tell zod not to probe for it.
// Imported first by every page's entry, before any schema parses.

import { z } from 'zod';

z.config({ jitless: true });
