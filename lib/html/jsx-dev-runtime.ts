export { jsx, jsxs, jsxDEV, Fragment, type JSX } from "@/lib/html/jsx-runtime";
