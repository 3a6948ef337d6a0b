import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  gateAction
} from "../chunks/chunk-2XSPFB6E.js";
import "../chunks/chunk-5ZJRCDGT.js";
import {
  runAction
} from "../chunks/chunk-KV4TA5MA.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/gate/main.ts
await runAction(gateAction);
