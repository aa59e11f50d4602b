// Drives the Plumbline MCP server with the official MCP TypeScript SDK client over stdio and
// prints the transcript: every request and the server's answer. Exits 1 when an answer is not
// what the protocol and the tools promise.
// Usage: node client.mjs <java> <plumbline-cli-all.jar> <project-dir>
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [java, jar, project] = process.argv.slice(2);
const transport = new StdioClientTransport({
  command: java,
  args: ["-Dfile.encoding=UTF-8", "-jar", jar, "mcp", "-p", project, "--command", "../plumbline"],
  stderr: "inherit",
});
const client = new Client({ name: "plumbline-node-check", version: "1.0.0" });
let failures = 0;

function show(label, value) {
  console.log(`>>> ${label}`);
  console.log(JSON.stringify(value, null, 2));
}

function expect(condition, what) {
  if (!condition) {
    failures++;
    console.log(`[ERROR] expected: ${what}`);
  }
}

async function call(name, args) {
  show(`tools/call ${name}`, args);
  const result = await client.callTool({ name, arguments: args });
  const text = result.content[0].text;
  let shown = text;
  try {
    shown = JSON.parse(text);
  } catch {
    // An error's text is a sentence, not JSON.
  }
  show(`answer${result.isError ? " (isError)" : ""}`, shown);
  return { result, text, json: typeof shown === "object" ? shown : null };
}

await client.connect(transport);
show("initialize: server", { ...client.getServerVersion(), instructions: client.getInstructions() });
expect(client.getServerVersion().name === "plumbline", "server name plumbline");

const tools = await client.listTools();
show("tools/list: names", tools.tools.map((tool) => tool.name));
expect(tools.tools.length === 5, "five tools");
show("tools/list: memory_log input schema", tools.tools.find((t) => t.name === "memory_log").inputSchema);

const resources = await client.listResources();
show("resources/list", resources.resources.map((r) => r.uri));
const concept = await client.readResource({ uri: "plumbline://memory/project_concept.json" });
show("resources/read project_concept.json", concept.contents[0].text);

let r = await call("memory_read", { sections: ["modules"], level: "EXISTS" });
expect(!r.result.isError && r.json.modules.items[0].name === "stemmer", "stemmer is unwired");
r = await call("memory_read", { token_budget: 5 });
expect(r.result.isError, "token_budget 5 refused");
r = await call("module_info", { name: "stemmer" });
expect(r.json && r.json.wiring.explanation.startsWith("Not wired"), "stemmer not wired");
r = await call("module_info", { name: "stem" });
expect(r.result.isError && r.text.includes("did you mean stemmer"), "unknown module refused");
r = await call("structure_plan", { name: "pdf-reader", description: "Counts words in PDF files", dependencies: ["tokenizer"] });
expect(r.json && r.json.entry.status === "planned", "pdf-reader planned");
r = await call("structure_plan", { name: "stemmer", description: "Stems" });
expect(r.result.isError, "planning existing code refused");
r = await call("concept_propose", { reason: "The user wants PDF input", add: { goals: ["Count words in PDF files"] } });
expect(r.json && r.json.approveWith.startsWith("../plumbline memory concept approve"), "approve command given");
r = await call("concept_propose", { reason: "x", set: { goals: "one" } });
expect(r.result.isError, "set on a list refused");
r = await call("memory_log", { requested: "Plan PDF input", executed: "Planned module pdf-reader; proposed a goal", files_touched: [".claude/project_structure.json"], status: "success" });
expect(r.json && r.json.appended.status === "success", "entry appended");
r = await call("memory_log", { requested: "x", executed: "y", status: "done" });
expect(r.result.isError, "bad status refused");

await client.close();
console.log(failures === 0 ? "✓ node client: every answer as expected" : `[ERROR] ${failures} unexpected answer(s)`);
process.exit(failures === 0 ? 0 : 1);
