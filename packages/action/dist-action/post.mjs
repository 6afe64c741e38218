import "./rolldown-runtime.mjs";
import { t as init_post_entry } from "./ftbench-action~post.mjs";
await init_post_entry();
export {};
