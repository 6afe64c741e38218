import "./rolldown-runtime.mjs";
import { t as init_entry } from "./ftbench-action~index.mjs";
await init_entry();
export {};
