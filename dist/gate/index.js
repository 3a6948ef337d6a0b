import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  gateAction
} from "../chunks/chunk-XAFYPN7G.js";
import "../chunks/chunk-GB6HFHJQ.js";
import {
  runAction
} from "../chunks/chunk-XJCF3QZM.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/gate/main.ts
await runAction(gateAction);
