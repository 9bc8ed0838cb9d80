import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// Validators from tools the project did not write: Ajv (JSON Schema 2020-12) over IPTC's
// published ninjs 3.1 schema and over the components of the served OpenAPI document.

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export function ninjsValidator() {
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  // IPTC's schema points places[].geoJSON at geojson.org, which cannot be fetched here;
  // Dateline sends no places, so an open stand-in under that id is enough.
  ajv.addSchema({ $id: "https://geojson.org/schema/GeoJSON.json" });
  const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../fixtures/ninjs-schema_3.1.json"), "utf8"));
  return ajv.compile(schema);
}

/** One validator per component of the OpenAPI document (refs resolved within it). */
export function openApiValidators(document: { components: { schemas: Record<string, unknown> } }) {
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  ajv.addSchema({ $id: "openapi.json", components: document.components });
  return (component: string) => {
    const validate = ajv.getSchema(`openapi.json#/components/schemas/${component}`);
    if (!validate) throw new Error(`No component ${component} in the document`);
    return validate;
  };
}
