import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  gateAction
} from "../chunks/chunk-TNADV3OM.js";
import "../chunks/chunk-MSRCINOU.js";
import {
  runAction
} from "../chunks/chunk-UHKLWMLW.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/gate/main.ts
await runAction(gateAction);
