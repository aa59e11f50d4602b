// Drives `plumbline mcp` on any project whose .claude/ a build wrote (a real code base, not the
// example) with the MCP TypeScript SDK's client, prints the transcript, and checks the answers
// against the memory files on disk: every module counted, an unwired module explained as not
// wired, a wired one with its path from the entry point, filters, a plan, a log entry, a bad call.
// Usage: node any-project.mjs <java> <plumbline-cli-all.jar> <project-dir>
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [java, jar, project] = process.argv.slice(2);
const structure = JSON.parse(readFileSync(join(project, ".claude/project_structure.json"), "utf8"));
const modules = Object.entries(structure.modules);
const logBefore = JSON.parse(readFileSync(join(project, ".claude/project_log.json"), "utf8")).length;
const transport = new StdioClientTransport({
  command: java,
  args: ["-Dfile.encoding=UTF-8", "-jar", jar, "mcp", "-p", project],
  stderr: "inherit",
});
const client = new Client({ name: "plumbline-any-project", version: "1.0.0" });
let failures = 0;

function show(label, value) {
  console.log(`>>> ${label}`);
  console.log(JSON.stringify(value, null, 2));
}

function expect(condition, what) {
  console.log(condition ? `[INFO] as expected: ${what}` : `[ERROR] expected: ${what}`);
  if (!condition) failures++;
}

async function call(name, args, shorten = (json) => json) {
  show(`tools/call ${name}`, args);
  const result = await client.callTool({ name, arguments: args });
  const text = result.content[0].text;
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // An error's text is a sentence, not JSON.
  }
  show(`answer${result.isError ? " (isError)" : ""}`, json ? shorten(json) : text);
  return { result, text, json };
}

const firstItems = (json) => ({ ...json, modules: json.modules && { ...json.modules,
  items: json.modules.items.slice(0, 3), shownHere: "first 3 items" } });

await client.connect(transport);
show("initialize: server", client.getServerVersion());

let r = await call("memory_read", {}, firstItems);
expect(!r.result.isError && r.json.modules.total === modules.length,
  `memory_read counts all ${modules.length} modules of project_structure.json`);
expect(r.json.tokensEstimated <= r.json.tokenBudget, "the answer fits its token budget");

const unwired = modules.filter(([, m]) => m.integration === "EXISTS").map(([name]) => name);
r = await call("memory_read", { sections: ["modules"], level: "EXISTS", token_budget: 200000 }, firstItems);
expect(r.json && r.json.modules.matching === unwired.length,
  `level EXISTS matches the ${unwired.length} unwired modules on disk`);
if (unwired.length > 0) {
  r = await call("module_info", { name: unwired[0] });
  expect(r.json && r.json.wiring.explanation.startsWith("Not wired"), `${unwired[0]} explained as not wired`);
}
const wired = modules.find(([, m]) => m.integration === "WIRED");
if (wired) {
  r = await call("module_info", { name: wired[0] });
  expect(r.json && Array.isArray(r.json.wiring.path) && r.json.wiring.path.length > 0,
    `${wired[0]} comes with its path from the entry point`);
}
const needle = modules[modules.length - 1][0].split(".").pop();
r = await call("memory_read", { sections: ["modules"], name: needle }, firstItems);
expect(r.json && r.json.modules.matching === modules.filter(([n]) => n.toLowerCase().includes(needle.toLowerCase())).length,
  `name filter '${needle}' matches what the file holds`);
r = await call("module_info", { name: modules[0][0] + "x" });
expect(r.result.isError && r.text.includes("did you mean"), "an unknown module is refused with a suggestion");
r = await call("structure_plan", { name: "planned.by.assistant", description: "A module planned before its code" });
expect(r.json && r.json.entry.status === "planned", "a planned module is recorded");
r = await call("memory_log", { requested: "Check the memory over MCP", executed: "Read modules, planned one", status: "success" });
const logAfter = JSON.parse(readFileSync(join(project, ".claude/project_log.json"), "utf8")).length;
expect(r.json && logAfter === logBefore + 2, `the log grew by the plan's entry and this one (${logBefore} -> ${logAfter})`);

await client.close();
console.log(failures === 0 ? "✓ node client on the project: every answer as expected" : `[ERROR] ${failures} unexpected answer(s)`);
process.exit(failures === 0 ? 0 : 1);
