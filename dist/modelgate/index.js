import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  diffAction
} from "../chunks/chunk-7EWZGIXE.js";
import {
  gateAction
} from "../chunks/chunk-2XSPFB6E.js";
import "../chunks/chunk-5ZJRCDGT.js";
import {
  validateAction
} from "../chunks/chunk-3GTBW6EA.js";
import "../chunks/chunk-4KIMWOL3.js";
import {
  UsageError,
  runAction
} from "../chunks/chunk-KV4TA5MA.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/modelgate/main.ts
var COMMANDS = {
  validate: validateAction,
  gate: gateAction,
  diff: diffAction
};
await runAction(async (context) => {
  const command = context.input("command");
  const action = COMMANDS[command];
  if (!action)
    throw new UsageError(`input command: "${command}" is not one of ${Object.keys(COMMANDS).join(", ")}`);
  await action(context);
});
