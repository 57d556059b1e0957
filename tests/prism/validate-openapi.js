// Validates one OpenAPI document with swagger-parser: its $refs resolved
// (other files relative to the document's folder), then the result checked
// against the OpenAPI JSON Schema of its version. Exits 1 with the file name
// and swagger-parser's message when the document is not valid.
//
//   node validate-openapi.js FILE
"use strict";

const SwaggerParser = require("@apidevtools/swagger-parser");

const [file] = process.argv.slice(2);
if (!file) {
  console.error("usage: node validate-openapi.js FILE");
  process.exit(2);
}
SwaggerParser.validate(file).then(
  (api) => console.log(`${file}: a valid OpenAPI ${api.openapi} document`),
  (error) => {
    console.error(`${file}: ${error.message}`);
    process.exitCode = 1;
  },
);
