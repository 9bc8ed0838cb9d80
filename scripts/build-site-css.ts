// `npm run build` step: the reader pages' stylesheet (see scripts/lib/site-css.ts).
import path from "node:path";
import { buildSiteCss } from "./lib/site-css.ts";

const file = await buildSiteCss(path.resolve(import.meta.dirname, ".."));
console.log(`Reader stylesheet: public/assets/${file}`);
