import "./rolldown-runtime.mjs";
import { n as main, t as init_main } from "./ftbench-action~main.mjs";
init_main();
export { main };
