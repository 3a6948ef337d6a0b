import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  gateAction
} from "../chunks/chunk-ANEBJRZB.js";
import "../chunks/chunk-KIJG5EC2.js";
import {
  runAction
} from "../chunks/chunk-2SETVOUC.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/gate/main.ts
await runAction(gateAction);
