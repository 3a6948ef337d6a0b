import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  validateAction
} from "../chunks/chunk-BE7IEHQ6.js";
import "../chunks/chunk-JS7IZK7S.js";
import {
  runAction
} from "../chunks/chunk-XJCF3QZM.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/validate/main.ts
await runAction(validateAction);
