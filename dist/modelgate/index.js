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
    import("../chunks/diff-action-NCOODF56.js"),
    import("../chunks/gate-action-S3TWF2S4.js"),
    import("../chunks/action-context-SMMHRU2L.js"),
    import("../chunks/validate-action-FNOSVTZA.js")
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
