import "./rolldown-runtime.mjs";
import { t as init_comment_entry } from "./ftbench-action~comment.mjs";
await init_comment_entry();
export {};
