import { n as __esmMin } from "./rolldown-runtime.mjs";
import { n as init_src, t as createValidator } from "./lib-xml-naming.mjs";
import { n as Matcher, o as Expression, t as init_src$1 } from "./lib-path-expression-matcher.mjs";
// node_modules/fast-xml-builder/src/util.js
function valToStr(val) {
	return typeof val === "number" && Object.is(val, -0) ? "-0" : String(val);
}
function safeComment(val) {
	return valToStr(val).replace(/--/g, "- -").replace(/--/g, "- -").replace(/-$/, "- ");
}
function safeCdata(val) {
	return valToStr(val).replace(/\]\]>/g, "]]]]><![CDATA[>");
}
function escapeAttribute(val) {
	return valToStr(val).replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
/**
* Resolve a tag or attribute name through sanitizeName if configured.
* Validation via xml-naming's qName is performed first; the sanitizeName
* callback is invoked only when the name is invalid. If sanitizeName is
* false (default), no validation occurs and the name is used as-is.
*
* @param {string}  name        - raw name from the JS object
* @param {boolean} isAttribute - true when resolving an attribute name
* @param {object}  options
* @param {Matcher} matcher     - current matcher state (readonly from callback perspective)
* @param {function} qNameValidator - function to validate tag names
*/
function resolveName(name, isAttribute, options, matcher, validator) {
	if (!options.sanitizeName) return name;
	const isPI = !isAttribute && name[0] === "?";
	const bare = isPI ? name.slice(1) : name;
	if (validator(bare)) return name;
	const result = options.sanitizeName(bare, {
		isAttribute,
		matcher: matcher.readOnly()
	});
	if (typeof result !== "string" || !validator(result)) throw new Error(`sanitizeName returned an invalid XML name for "${bare}"`);
	return isPI ? "?" + result : result;
}
// node_modules/fast-xml-builder/src/orderedJs2Xml.js
/**
* Detect XML version from the first element of the ordered array input.
* The first element must be a ?xml processing instruction with a version attribute.
* Returns '1.0' if not found.
*
* @param {array}  jArray
* @param {object} options
*/
function detectXmlVersionFromArray(jArray, options) {
	if (!Array.isArray(jArray) || jArray.length === 0) return "1.0";
	const first = jArray[0];
	if (propName(first) === "?xml") {
		const attrs = first[":@"];
		if (attrs) {
			const versionKey = options.attributeNamePrefix + "version";
			if (attrs[versionKey]) return attrs[versionKey];
		}
	}
	return "1.0";
}
/**
* @param {array} jArray
* @param {any} options
* @returns
*/
function toXml(jArray, options) {
	let indentation = "";
	if (options.format) indentation = EOL;
	const stopNodeExpressions = [];
	if (options.stopNodes && Array.isArray(options.stopNodes)) for (let i = 0; i < options.stopNodes.length; i++) {
		const node = options.stopNodes[i];
		if (typeof node === "string") stopNodeExpressions.push(new Expression(node));
		else if (node instanceof Expression) stopNodeExpressions.push(node);
	}
	const xmlVersion = detectXmlVersionFromArray(jArray, options);
	const qNameValidator = createValidator("qName", { xmlVersion });
	const matcher = new Matcher();
	return arrToStr(jArray, options, indentation, matcher, stopNodeExpressions, qNameValidator);
}
function arrToStr(arr, options, indentation, matcher, stopNodeExpressions, qNameValidator) {
	let xmlStr = "";
	let isPreviousElementTag = false;
	if (options.maxNestedTags && matcher.getDepth() > options.maxNestedTags) throw new Error("Maximum nested tags exceeded");
	if (!Array.isArray(arr)) {
		if (arr !== void 0 && arr !== null) {
			let text = valToStr(arr);
			text = replaceEntitiesValue(text, options);
			return text;
		}
		return "";
	}
	for (let i = 0; i < arr.length; i++) {
		const tagObj = arr[i];
		const rawTagName = propName(tagObj);
		if (rawTagName === void 0) continue;
		const tagName = rawTagName === options.textNodeName || rawTagName === options.cdataPropName || rawTagName === options.commentPropName ? rawTagName : resolveName(rawTagName, false, options, matcher, qNameValidator);
		const attrValues = extractAttributeValues(tagObj[":@"], options);
		matcher.push(tagName, attrValues);
		const isStopNode = checkStopNode(matcher, stopNodeExpressions);
		if (tagName === options.textNodeName) {
			let tagText = tagObj[rawTagName];
			if (!isStopNode) {
				tagText = options.tagValueProcessor(tagName, tagText);
				tagText = replaceEntitiesValue(tagText, options);
			}
			tagText = valToStr(tagText);
			if (isPreviousElementTag) xmlStr += indentation;
			xmlStr += tagText;
			isPreviousElementTag = false;
			matcher.pop();
			continue;
		} else if (tagName === options.cdataPropName) {
			if (isPreviousElementTag) xmlStr += indentation;
			const val = tagObj[rawTagName][0][options.textNodeName];
			const safeVal = safeCdata(val);
			xmlStr += `<![CDATA[${safeVal}]]>`;
			isPreviousElementTag = false;
			matcher.pop();
			continue;
		} else if (tagName === options.commentPropName) {
			const val = tagObj[rawTagName][0][options.textNodeName];
			const safeVal = safeComment(val);
			xmlStr += indentation + `<!--${safeVal}-->`;
			isPreviousElementTag = true;
			matcher.pop();
			continue;
		} else if (tagName[0] === "?") {
			const attStr = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator);
			xmlStr += (tagName === "?xml" ? "" : indentation) + `<${tagName}${attStr}?>`;
			isPreviousElementTag = true;
			matcher.pop();
			continue;
		}
		let newIdentation = indentation;
		if (newIdentation !== "") newIdentation += options.indentBy;
		const tagStart = indentation + `<${tagName}${attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator)}`;
		let tagValue;
		if (isStopNode) tagValue = getRawContent(tagObj[rawTagName], options, matcher.getDepth());
		else tagValue = arrToStr(tagObj[rawTagName], options, newIdentation, matcher, stopNodeExpressions, qNameValidator);
		if (options.unpairedTags.indexOf(tagName) !== -1) {
			if (options.suppressUnpairedNode) xmlStr += tagStart + ">";
			else xmlStr += tagStart + "/>";
		} else if ((!tagValue || tagValue.length === 0) && options.suppressEmptyNode) xmlStr += tagStart + "/>";
		else if (tagValue && tagValue.endsWith(">")) xmlStr += tagStart + `>${tagValue}${indentation}</${tagName}>`;
		else {
			xmlStr += tagStart + ">";
			if (tagValue && indentation !== "" && (tagValue.includes("/>") || tagValue.includes("</"))) xmlStr += indentation + options.indentBy + tagValue + indentation;
			else xmlStr += tagValue;
			xmlStr += `</${tagName}>`;
		}
		isPreviousElementTag = true;
		matcher.pop();
	}
	return xmlStr;
}
/**
* Extract attribute values from the ":@" object and return as plain object
* for passing to matcher.push()
*/
function extractAttributeValues(attrMap, options) {
	if (!attrMap || options.ignoreAttributes) return null;
	const attrValues = {};
	let hasAttrs = false;
	for (let attr in attrMap) {
		if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
		const cleanAttrName = attr.startsWith(options.attributeNamePrefix) ? attr.substr(options.attributeNamePrefix.length) : attr;
		attrValues[cleanAttrName] = escapeAttribute(attrMap[attr]);
		hasAttrs = true;
	}
	return hasAttrs ? attrValues : null;
}
/**
* Extract raw content from a stopNode without any processing
* This preserves the content exactly as-is, including special characters
*/
function getRawContent(arr, options, depth = 0) {
	if (options.maxNestedTags && depth > options.maxNestedTags) throw new Error("Maximum nested tags exceeded");
	if (!Array.isArray(arr)) {
		if (arr !== void 0 && arr !== null) return valToStr(arr);
		return "";
	}
	let content = "";
	for (let i = 0; i < arr.length; i++) {
		const item = arr[i];
		const tagName = propName(item);
		if (tagName === options.textNodeName) content += valToStr(item[tagName]);
		else if (tagName === options.cdataPropName) content += item[tagName][0][options.textNodeName];
		else if (tagName === options.commentPropName) content += item[tagName][0][options.textNodeName];
		else if (tagName && tagName[0] === "?") continue;
		else if (tagName) {
			const attStr = attr_to_str_raw(item[":@"], options);
			const nestedContent = getRawContent(item[tagName], options, depth + 1);
			if (!nestedContent || nestedContent.length === 0) content += `<${tagName}${attStr}/>`;
			else content += `<${tagName}${attStr}>${nestedContent}</${tagName}>`;
		}
	}
	return content;
}
/**
* Build attribute string for stopNodes - NO entity replacement
*/
function attr_to_str_raw(attrMap, options) {
	let attrStr = "";
	if (attrMap && !options.ignoreAttributes) for (let attr in attrMap) {
		if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
		let attrVal = attrMap[attr];
		if (attrVal === true && options.suppressBooleanAttributes) attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}`;
		else attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}="${escapeAttribute(attrVal)}"`;
	}
	return attrStr;
}
function propName(obj) {
	const keys = Object.keys(obj);
	for (let i = 0; i < keys.length; i++) {
		const key = keys[i];
		if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
		if (key !== ":@") return key;
	}
}
/**
* Build attribute string, resolving attribute names through sanitizeName when configured.
* Accepts matcher so the callback has path context.
*/
function attr_to_str(attrMap, options, isStopNode, matcher, qNameValidator) {
	let attrStr = "";
	if (attrMap && !options.ignoreAttributes) for (let attr in attrMap) {
		if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
		const cleanAttrName = attr.substr(options.attributeNamePrefix.length);
		const resolvedAttrName = isStopNode ? cleanAttrName : resolveName(cleanAttrName, true, options, matcher, qNameValidator);
		let attrVal;
		if (isStopNode) attrVal = attrMap[attr];
		else {
			attrVal = options.attributeValueProcessor(attr, attrMap[attr]);
			attrVal = replaceEntitiesValue(attrVal, options);
		}
		if (attrVal === true && options.suppressBooleanAttributes) attrStr += ` ${resolvedAttrName}`;
		else attrStr += ` ${resolvedAttrName}="${escapeAttribute(attrVal)}"`;
	}
	return attrStr;
}
function checkStopNode(matcher, stopNodeExpressions) {
	if (!stopNodeExpressions || stopNodeExpressions.length === 0) return false;
	for (let i = 0; i < stopNodeExpressions.length; i++) if (matcher.matches(stopNodeExpressions[i])) return true;
	return false;
}
function replaceEntitiesValue(textValue, options) {
	if (textValue && textValue.length > 0 && options.processEntities) for (let i = 0; i < options.entities.length; i++) {
		const entity = options.entities[i];
		textValue = textValue.replace(entity.regex, entity.val);
	}
	return textValue;
}
var EOL;
function init_orderedJs2Xml() {
	return (init_orderedJs2Xml = __esmMin((() => {
		init_src$1();
		init_src();
		EOL = "\n";
	})))();
}
// node_modules/fast-xml-builder/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
	if (typeof ignoreAttributes === "function") return ignoreAttributes;
	if (Array.isArray(ignoreAttributes)) return (attrName) => {
		for (const pattern of ignoreAttributes) {
			if (typeof pattern === "string" && attrName === pattern) return true;
			if (pattern instanceof RegExp && pattern.test(attrName)) return true;
		}
	};
	return () => false;
}
// node_modules/fast-xml-builder/src/fxb.js
function Builder(options) {
	this.options = Object.assign({}, defaultOptions, options);
	if (this.options.stopNodes && Array.isArray(this.options.stopNodes)) this.options.stopNodes = this.options.stopNodes.map((node) => {
		if (typeof node === "string" && node.startsWith("*.")) return ".." + node.substring(2);
		return node;
	});
	this.stopNodeExpressions = [];
	if (this.options.stopNodes && Array.isArray(this.options.stopNodes)) for (let i = 0; i < this.options.stopNodes.length; i++) {
		const node = this.options.stopNodes[i];
		if (typeof node === "string") this.stopNodeExpressions.push(new Expression(node));
		else if (node instanceof Expression) this.stopNodeExpressions.push(node);
	}
	if (this.options.ignoreAttributes === true || this.options.attributesGroupName) this.isAttribute = function() {
		return false;
	};
	else {
		this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
		this.attrPrefixLen = this.options.attributeNamePrefix.length;
		this.isAttribute = isAttribute;
	}
	this.processTextOrObjNode = processTextOrObjNode;
	if (this.options.format) {
		this.indentate = indentate;
		this.tagEndChar = ">\n";
		this.newLine = "\n";
	} else {
		this.indentate = function() {
			return "";
		};
		this.tagEndChar = ">";
		this.newLine = "";
	}
}
/**
* Detect XML version from the ?xml declaration at the root of a plain-object input.
* Checks both attributesGroupName and flat attribute forms.
* Returns '1.0' if no declaration is found.
*/
function detectXmlVersionFromObj(jObj, options) {
	const decl = jObj["?xml"];
	if (decl && typeof decl === "object") {
		if (options.attributesGroupName && decl[options.attributesGroupName]) {
			const v = decl[options.attributesGroupName][options.attributeNamePrefix + "version"];
			if (v) return v;
		}
		const v = decl[options.attributeNamePrefix + "version"];
		if (v) return v;
	}
	return "1.0";
}
function processTextOrObjNode(object, key, level, matcher, qNameValidator) {
	const attrValues = this.extractAttributes(object);
	matcher.push(key, attrValues);
	if (this.checkStopNode(matcher)) {
		const rawContent = this.buildRawContent(object, matcher.getDepth());
		const attrStr = this.buildAttributesForStopNode(object);
		matcher.pop();
		return this.buildObjectNode(rawContent, key, attrStr, level);
	}
	const result = this.j2x(object, level + 1, matcher, qNameValidator);
	matcher.pop();
	if (key[0] === "?") return this.buildTextValNode("", key, result.attrStr, level, matcher);
	else if (object[this.options.textNodeName] !== void 0 && Object.keys(object).length === 1) return this.buildTextValNode(object[this.options.textNodeName], key, result.attrStr, level, matcher);
	else return this.buildObjectNode(result.val, key, result.attrStr, level);
}
function indentate(level) {
	return this.options.indentBy.repeat(level);
}
function isAttribute(name) {
	if (name.startsWith(this.options.attributeNamePrefix) && name !== this.options.textNodeName) return name.substr(this.attrPrefixLen);
	else return false;
}
var defaultOptions;
function init_fxb() {
	return (init_fxb = __esmMin((() => {
		init_orderedJs2Xml();
		init_src$1();
		init_src();
		defaultOptions = {
			attributeNamePrefix: "@_",
			attributesGroupName: false,
			textNodeName: "#text",
			ignoreAttributes: true,
			cdataPropName: false,
			format: false,
			indentBy: "  ",
			suppressEmptyNode: false,
			suppressUnpairedNode: true,
			suppressBooleanAttributes: true,
			tagValueProcessor: function(key, a) {
				return a;
			},
			attributeValueProcessor: function(attrName, a) {
				return a;
			},
			preserveOrder: false,
			commentPropName: false,
			unpairedTags: [],
			entities: [
				{
					regex: /* @__PURE__ */ new RegExp("&", "g"),
					val: "&amp;"
				},
				{
					regex: /* @__PURE__ */ new RegExp(">", "g"),
					val: "&gt;"
				},
				{
					regex: /* @__PURE__ */ new RegExp("<", "g"),
					val: "&lt;"
				},
				{
					regex: /* @__PURE__ */ new RegExp("'", "g"),
					val: "&apos;"
				},
				{
					regex: /* @__PURE__ */ new RegExp("\"", "g"),
					val: "&quot;"
				}
			],
			processEntities: true,
			stopNodes: [],
			oneListGroup: false,
			maxNestedTags: 100,
			jPath: true,
			sanitizeName: false
		};
		Builder.prototype.build = function(jObj) {
			if (this.options.preserveOrder) return toXml(jObj, this.options);
			else {
				if (Array.isArray(jObj) && this.options.arrayNodeName && this.options.arrayNodeName.length > 1) jObj = { [this.options.arrayNodeName]: jObj };
				const matcher = new Matcher();
				const xmlVersion = detectXmlVersionFromObj(jObj, this.options);
				const qNameValidator = createValidator("qName", { xmlVersion });
				return this.j2x(jObj, 0, matcher, qNameValidator).val;
			}
		};
		Builder.prototype.j2x = function(jObj, level, matcher, qNameValidator) {
			let attrStr = "";
			let val = "";
			if (this.options.maxNestedTags && matcher.getDepth() >= this.options.maxNestedTags) throw new Error("Maximum nested tags exceeded");
			const jPath = this.options.jPath ? matcher.toString() : matcher;
			const isCurrentStopNode = this.checkStopNode(matcher);
			for (let key in jObj) {
				if (!Object.prototype.hasOwnProperty.call(jObj, key)) continue;
				const resolvedKey = key === this.options.textNodeName || key === this.options.cdataPropName || key === this.options.commentPropName || this.options.attributesGroupName && key === this.options.attributesGroupName || this.isAttribute(key) ? key : resolveName(key, false, this.options, matcher, qNameValidator);
				if (typeof jObj[key] === "undefined") {
					if (this.isAttribute(key)) val += "";
				} else if (jObj[key] === null) {
					if (this.isAttribute(key)) val += "";
					else if (resolvedKey === this.options.cdataPropName || resolvedKey === this.options.commentPropName) val += "";
					else if (resolvedKey[0] === "?") val += this.indentate(level) + "<" + resolvedKey + "?" + this.tagEndChar;
					else val += this.indentate(level) + "<" + resolvedKey + "/" + this.tagEndChar;
				} else if (jObj[key] instanceof Date) val += this.buildTextValNode(jObj[key], resolvedKey, "", level, matcher);
				else if (typeof jObj[key] !== "object") {
					const attr = this.isAttribute(key);
					if (attr && !this.ignoreAttributesFn(attr, jPath)) {
						const resolvedAttr = resolveName(attr, true, this.options, matcher, qNameValidator);
						attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key]), isCurrentStopNode);
					} else if (!attr) {
						if (key === this.options.textNodeName) {
							let newval = this.options.tagValueProcessor(key, valToStr(jObj[key]));
							val += this.replaceEntitiesValue(newval);
						} else {
							matcher.push(resolvedKey);
							const isStopNode = this.checkStopNode(matcher);
							matcher.pop();
							if (isStopNode) {
								const textValue = valToStr(jObj[key]);
								if (textValue === "") val += this.indentate(level) + "<" + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar;
								else val += this.indentate(level) + "<" + resolvedKey + ">" + textValue + "</" + resolvedKey + this.tagEndChar;
							} else val += this.buildTextValNode(jObj[key], resolvedKey, "", level, matcher);
						}
					}
				} else if (Array.isArray(jObj[key])) {
					const arrLen = jObj[key].length;
					let listTagVal = "";
					let listTagAttr = "";
					for (let j = 0; j < arrLen; j++) {
						const item = jObj[key][j];
						if (typeof item === "undefined") {} else if (item === null) {
							if (resolvedKey[0] === "?") val += this.indentate(level) + "<" + resolvedKey + "?" + this.tagEndChar;
							else val += this.indentate(level) + "<" + resolvedKey + "/" + this.tagEndChar;
						} else if (typeof item === "object") {
							if (this.options.oneListGroup) {
								matcher.push(resolvedKey);
								const result = this.j2x(item, level + 1, matcher, qNameValidator);
								matcher.pop();
								listTagVal += result.val;
								if (this.options.attributesGroupName && item.hasOwnProperty(this.options.attributesGroupName)) listTagAttr += result.attrStr;
							} else listTagVal += this.processTextOrObjNode(item, resolvedKey, level, matcher, qNameValidator);
						} else if (this.options.oneListGroup) {
							let textValue = this.options.tagValueProcessor(resolvedKey, item);
							textValue = this.replaceEntitiesValue(textValue);
							textValue = valToStr(textValue);
							listTagVal += textValue;
						} else {
							matcher.push(resolvedKey);
							const isStopNode = this.checkStopNode(matcher);
							matcher.pop();
							if (isStopNode) {
								const textValue = valToStr(item);
								if (textValue === "") listTagVal += this.indentate(level) + "<" + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar;
								else listTagVal += this.indentate(level) + "<" + resolvedKey + ">" + textValue + "</" + resolvedKey + this.tagEndChar;
							} else listTagVal += this.buildTextValNode(item, resolvedKey, "", level, matcher);
						}
					}
					if (this.options.oneListGroup) listTagVal = this.buildObjectNode(listTagVal, resolvedKey, listTagAttr, level);
					val += listTagVal;
				} else if (this.options.attributesGroupName && key === this.options.attributesGroupName) {
					const Ks = Object.keys(jObj[key]);
					const L = Ks.length;
					for (let j = 0; j < L; j++) {
						const resolvedAttr = resolveName(Ks[j], true, this.options, matcher, qNameValidator);
						attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key][Ks[j]]), isCurrentStopNode);
					}
				} else val += this.processTextOrObjNode(jObj[key], resolvedKey, level, matcher, qNameValidator);
			}
			return {
				attrStr,
				val
			};
		};
		Builder.prototype.buildAttrPairStr = function(attrName, val, isStopNode) {
			if (!isStopNode) {
				val = this.options.attributeValueProcessor(attrName, valToStr(val));
				val = this.replaceEntitiesValue(val);
			}
			if (this.options.suppressBooleanAttributes && val === "true") return " " + attrName;
			else return " " + attrName + "=\"" + escapeAttribute(val) + "\"";
		};
		Builder.prototype.extractAttributes = function(obj) {
			if (!obj || typeof obj !== "object") return null;
			const attrValues = {};
			let hasAttrs = false;
			if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
				const attrGroup = obj[this.options.attributesGroupName];
				for (let attrKey in attrGroup) {
					if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
					const cleanKey = attrKey.startsWith(this.options.attributeNamePrefix) ? attrKey.substring(this.options.attributeNamePrefix.length) : attrKey;
					attrValues[cleanKey] = escapeAttribute(attrGroup[attrKey]);
					hasAttrs = true;
				}
			} else for (let key in obj) {
				if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
				const attr = this.isAttribute(key);
				if (attr) {
					attrValues[attr] = escapeAttribute(obj[key]);
					hasAttrs = true;
				}
			}
			return hasAttrs ? attrValues : null;
		};
		Builder.prototype.buildRawContent = function(obj, depth = 0) {
			if (this.options.maxNestedTags && depth >= this.options.maxNestedTags) throw new Error("Maximum nested tags exceeded");
			if (typeof obj === "string") return obj;
			if (typeof obj !== "object" || obj === null) return String(obj);
			if (obj[this.options.textNodeName] !== void 0) return obj[this.options.textNodeName];
			let content = "";
			for (let key in obj) {
				if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
				if (this.isAttribute(key)) continue;
				if (this.options.attributesGroupName && key === this.options.attributesGroupName) continue;
				const value = obj[key];
				if (key === this.options.textNodeName) content += value;
				else if (Array.isArray(value)) {
					for (let item of value) if (typeof item === "string" || typeof item === "number") content += `<${key}>${item}</${key}>`;
					else if (typeof item === "object" && item !== null) {
						const nestedContent = this.buildRawContent(item, depth + 1);
						const nestedAttrs = this.buildAttributesForStopNode(item);
						if (nestedContent === "") content += `<${key}${nestedAttrs}/>`;
						else content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
					}
				} else if (typeof value === "object" && value !== null) {
					const nestedContent = this.buildRawContent(value, depth + 1);
					const nestedAttrs = this.buildAttributesForStopNode(value);
					if (nestedContent === "") content += `<${key}${nestedAttrs}/>`;
					else content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
				} else content += `<${key}>${value}</${key}>`;
			}
			return content;
		};
		Builder.prototype.buildAttributesForStopNode = function(obj) {
			if (!obj || typeof obj !== "object") return "";
			let attrStr = "";
			if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
				const attrGroup = obj[this.options.attributesGroupName];
				for (let attrKey in attrGroup) {
					if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
					const cleanKey = attrKey.startsWith(this.options.attributeNamePrefix) ? attrKey.substring(this.options.attributeNamePrefix.length) : attrKey;
					const val = attrGroup[attrKey];
					if (val === true && this.options.suppressBooleanAttributes) attrStr += " " + cleanKey;
					else attrStr += " " + cleanKey + "=\"" + escapeAttribute(val) + "\"";
				}
			} else for (let key in obj) {
				if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
				const attr = this.isAttribute(key);
				if (attr) {
					const val = obj[key];
					if (val === true && this.options.suppressBooleanAttributes) attrStr += " " + attr;
					else attrStr += " " + attr + "=\"" + escapeAttribute(val) + "\"";
				}
			}
			return attrStr;
		};
		Builder.prototype.buildObjectNode = function(val, key, attrStr, level) {
			if (val === "") {
				if (key[0] === "?") return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
				else return this.indentate(level) + "<" + key + attrStr + this.closeTag(key) + this.tagEndChar;
			} else if (key[0] === "?") return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
			else {
				let tagEndExp = "</" + key + this.tagEndChar;
				let piClosingChar = "";
				if (key[0] === "?") {
					piClosingChar = "?";
					tagEndExp = "";
				}
				if ((attrStr || attrStr === "") && val.indexOf("<") === -1) return this.indentate(level) + "<" + key + attrStr + piClosingChar + ">" + val + tagEndExp;
				else if (this.options.commentPropName !== false && key === this.options.commentPropName && piClosingChar.length === 0) return this.indentate(level) + `<!--${safeComment(val)}-->` + this.newLine;
				else return this.indentate(level) + "<" + key + attrStr + piClosingChar + this.tagEndChar + val + this.indentate(level) + tagEndExp;
			}
		};
		Builder.prototype.closeTag = function(key) {
			let closeTag = "";
			if (this.options.unpairedTags.indexOf(key) !== -1) {
				if (!this.options.suppressUnpairedNode) closeTag = "/";
			} else if (this.options.suppressEmptyNode) closeTag = "/";
			else closeTag = `></${key}`;
			return closeTag;
		};
		Builder.prototype.checkStopNode = function(matcher) {
			if (!this.stopNodeExpressions || this.stopNodeExpressions.length === 0) return false;
			for (let i = 0; i < this.stopNodeExpressions.length; i++) if (matcher.matches(this.stopNodeExpressions[i])) return true;
			return false;
		};
		Builder.prototype.buildTextValNode = function(val, key, attrStr, level, matcher) {
			if (this.options.cdataPropName !== false && key === this.options.cdataPropName) {
				const safeVal = safeCdata(val);
				return this.indentate(level) + `<![CDATA[${safeVal}]]>` + this.newLine;
			} else if (this.options.commentPropName !== false && key === this.options.commentPropName) {
				const safeVal = safeComment(val);
				return this.indentate(level) + `<!--${safeVal}-->` + this.newLine;
			} else if (key[0] === "?") return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
			else {
				let textValue = this.options.tagValueProcessor(key, val);
				textValue = this.replaceEntitiesValue(textValue);
				textValue = valToStr(textValue);
				if (textValue === "") return this.indentate(level) + "<" + key + attrStr + this.closeTag(key) + this.tagEndChar;
				else return this.indentate(level) + "<" + key + attrStr + ">" + textValue + "</" + key + this.tagEndChar;
			}
		};
		Builder.prototype.replaceEntitiesValue = function(textValue) {
			if (textValue && textValue.length > 0 && this.options.processEntities) for (let i = 0; i < this.options.entities.length; i++) {
				const entity = this.options.entities[i];
				textValue = textValue.replace(entity.regex, entity.val);
			}
			return textValue;
		};
	})))();
}
export { init_fxb as n, Builder as t };
