import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  validateAction
} from "../chunks/chunk-HOMAIIIQ.js";
import "../chunks/chunk-JVSLAUXC.js";
import {
  runAction
} from "../chunks/chunk-UHKLWMLW.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/validate/main.ts
await runAction(validateAction);
