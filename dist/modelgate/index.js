import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  diffAction
} from "../chunks/chunk-3JZJ4ZYG.js";
import {
  gateAction
} from "../chunks/chunk-XAFYPN7G.js";
import "../chunks/chunk-GB6HFHJQ.js";
import {
  validateAction
} from "../chunks/chunk-BE7IEHQ6.js";
import "../chunks/chunk-JS7IZK7S.js";
import {
  UsageError,
  runAction
} from "../chunks/chunk-XJCF3QZM.js";
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
