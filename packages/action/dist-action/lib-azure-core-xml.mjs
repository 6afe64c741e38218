import { n as __esmMin } from "./rolldown-runtime.mjs";
import { a as XMLParser, i as json2xml_default, n as init_fxp, t as XMLValidator } from "./lib-fast-xml-parser.mjs";
// node_modules/@azure/core-xml/dist/esm/xml.common.js
function init_xml_common() {
	return (init_xml_common = __esmMin((() => {})))();
}
// node_modules/@azure/core-xml/dist/esm/xml.js
function getCommonOptions(options) {
	return {
		attributesGroupName: "$",
		textNodeName: options.xmlCharKey ?? "_",
		ignoreAttributes: false,
		suppressBooleanAttributes: false
	};
}
function getSerializerOptions(options = {}) {
	return {
		...getCommonOptions(options),
		attributeNamePrefix: "@_",
		format: true,
		suppressEmptyNode: true,
		indentBy: "",
		rootNodeName: options.rootName ?? "root",
		cdataPropName: options.cdataPropName ?? "__cdata"
	};
}
function getParserOptions(options = {}) {
	return {
		...getCommonOptions(options),
		parseAttributeValue: false,
		parseTagValue: false,
		attributeNamePrefix: "",
		stopNodes: options.stopNodes,
		processEntities: true,
		trimValues: false
	};
}
/**
* Converts given JSON object to XML string
* @param obj - JSON object to be converted into XML string
* @param opts - Options that govern the XML building of given JSON object
* `rootName` indicates the name of the root element in the resulting XML
*/
function stringifyXML(obj, opts = {}) {
	const parserOptions = getSerializerOptions(opts);
	const j2x = new json2xml_default(parserOptions);
	const node = { [parserOptions.rootNodeName]: obj };
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${j2x.build(node)}`.replace(/\n/g, "");
}
/**
* Converts given XML string into JSON
* @param str - String containing the XML content to be parsed into JSON
* @param opts - Options that govern the parsing of given xml string
* `includeRoot` indicates whether the root element is to be included or not in the output
*/
async function parseXML(str, opts = {}) {
	if (!str) throw new Error("Document is empty");
	const validation = XMLValidator.validate(str);
	if (validation !== true) throw validation;
	const parsedXml = new XMLParser(getParserOptions(opts)).parse(str);
	if (parsedXml["?xml"]) delete parsedXml["?xml"];
	if (!opts.includeRoot) for (const key of Object.keys(parsedXml)) {
		const value = parsedXml[key];
		return typeof value === "object" ? { ...value } : value;
	}
	return parsedXml;
}
function init_xml() {
	return (init_xml = __esmMin((() => {
		init_fxp();
		init_xml_common();
	})))();
}
// node_modules/@azure/core-xml/dist/esm/index.js
function init_esm() {
	return (init_esm = __esmMin((() => {
		init_xml();
		init_xml_common();
	})))();
}
export { stringifyXML as i, init_xml as n, parseXML as r, init_esm as t };
