import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  gateAction
} from "../chunks/chunk-MFSP2CBJ.js";
import "../chunks/chunk-QKWSG66R.js";
import {
  runAction
} from "../chunks/chunk-6WVDUA2L.js";

// actions/gate/main.ts
await runAction(gateAction);
