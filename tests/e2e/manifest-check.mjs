// Validates a Teams app manifest against Microsoft's official JSON schema for its manifestVersion, as shipped in
// the npm package @microsoft/app-manifest (no network). Usage: node manifest-check.mjs <manifest.json>
// Prints {"schema": "<path>", "valid": true|false, "errors": [...]} and exits 0 when valid, 1 when not.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const file = process.argv[2];
if (!file) {
  console.error("usage: node manifest-check.mjs <manifest.json>");
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(file, "utf8"));
const packageRoot = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
const schemaPath = path.join(packageRoot, "build", "json-schemas", "teams", `v${manifest.manifestVersion}`, "MicrosoftTeams.schema.json");
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const valid = validate(manifest);
console.log(JSON.stringify({ schema: path.relative(packageRoot, schemaPath), schemaId: schema.$id ?? null, valid, errors: validate.errors ?? [] }));
process.exit(valid ? 0 : 1);
