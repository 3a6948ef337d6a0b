import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cacheCompiledCode
} from "../chunks/chunk-QQENZA65.js";
import "../chunks/chunk-HANBNIMK.js";

// actions/modelgate/main.ts
cacheCompiledCode();
var [{ UsageError }, { diffAction }, { gateAction }, { runAction }, { validateAction }] = await Promise.all(
  [
    import("../chunks/errors-2UMAYJBD.js"),
    import("../chunks/diff-action-QQVAQFUB.js"),
    import("../chunks/gate-action-RT2D4QGM.js"),
    import("../chunks/action-context-CHM6R2JI.js"),
    import("../chunks/validate-action-ZXU2KXT5.js")
  ]
);
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
