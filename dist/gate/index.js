import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  gateAction
} from "../chunks/chunk-7BXADEJI.js";
import "../chunks/chunk-5NHPIQWM.js";
import {
  runAction
} from "../chunks/chunk-67FNMFTV.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/gate/main.ts
await runAction(gateAction);
