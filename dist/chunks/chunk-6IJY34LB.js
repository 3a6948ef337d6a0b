import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// local/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  UsageError
};
