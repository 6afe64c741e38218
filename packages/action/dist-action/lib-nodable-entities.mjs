import { n as __esmMin } from "./rolldown-runtime.mjs";
// node_modules/@nodable/entities/src/entities.js
var BASIC_LATIN, LATIN_ACCENTS, LATIN_EXTENDED, GREEK, CYRILLIC, MATH, MATH_ADVANCED, ARROWS, SHAPES, PUNCTUATION, CURRENCY, FRACTIONS, MISC_SYMBOLS, XML, COMMON_HTML;
function init_entities() {
	return (init_entities = __esmMin((() => {
		BASIC_LATIN = {
			amp: "&",
			AMP: "&",
			lt: "<",
			LT: "<",
			gt: ">",
			GT: ">",
			quot: "\"",
			QUOT: "\"",
			apos: "'",
			lsquo: "‘",
			rsquo: "’",
			ldquo: "“",
			rdquo: "”",
			lsquor: "‚",
			rsquor: "’",
			ldquor: "„",
			bdquo: "„",
			comma: ",",
			period: ".",
			colon: ":",
			semi: ";",
			excl: "!",
			quest: "?",
			num: "#",
			dollar: "$",
			percent: "%",
			ast: "*",
			commat: "@",
			lowbar: "_",
			verbar: "|",
			vert: "|",
			sol: "/",
			bsol: "\\",
			lbrace: "{",
			rbrace: "}",
			lbrack: "[",
			rbrack: "]",
			lpar: "(",
			rpar: ")",
			nbsp: "\xA0",
			iexcl: "¡",
			cent: "¢",
			pound: "£",
			curren: "¤",
			yen: "¥",
			brvbar: "¦",
			sect: "§",
			uml: "¨",
			copy: "©",
			COPY: "©",
			ordf: "ª",
			laquo: "«",
			not: "¬",
			shy: "­",
			reg: "®",
			REG: "®",
			macr: "¯",
			deg: "°",
			plusmn: "±",
			sup2: "²",
			sup3: "³",
			acute: "´",
			micro: "µ",
			para: "¶",
			middot: "·",
			cedil: "¸",
			sup1: "¹",
			ordm: "º",
			raquo: "»",
			frac14: "¼",
			frac12: "½",
			half: "½",
			frac34: "¾",
			iquest: "¿",
			times: "×",
			div: "÷",
			divide: "÷"
		};
		LATIN_ACCENTS = {
			Agrave: "À",
			agrave: "à",
			Aacute: "Á",
			aacute: "á",
			Acirc: "Â",
			acirc: "â",
			Atilde: "Ã",
			atilde: "ã",
			Auml: "Ä",
			auml: "ä",
			Aring: "Å",
			aring: "å",
			AElig: "Æ",
			aelig: "æ",
			Ccedil: "Ç",
			ccedil: "ç",
			Egrave: "È",
			egrave: "è",
			Eacute: "É",
			eacute: "é",
			Ecirc: "Ê",
			ecirc: "ê",
			Euml: "Ë",
			euml: "ë",
			Igrave: "Ì",
			igrave: "ì",
			Iacute: "Í",
			iacute: "í",
			Icirc: "Î",
			icirc: "î",
			Iuml: "Ï",
			iuml: "ï",
			ETH: "Ð",
			eth: "ð",
			Ntilde: "Ñ",
			ntilde: "ñ",
			Ograve: "Ò",
			ograve: "ò",
			Oacute: "Ó",
			oacute: "ó",
			Ocirc: "Ô",
			ocirc: "ô",
			Otilde: "Õ",
			otilde: "õ",
			Ouml: "Ö",
			ouml: "ö",
			Oslash: "Ø",
			oslash: "ø",
			Ugrave: "Ù",
			ugrave: "ù",
			Uacute: "Ú",
			uacute: "ú",
			Ucirc: "Û",
			ucirc: "û",
			Uuml: "Ü",
			uuml: "ü",
			Yacute: "Ý",
			yacute: "ý",
			THORN: "Þ",
			thorn: "þ",
			szlig: "ß",
			yuml: "ÿ",
			Yuml: "Ÿ"
		};
		LATIN_EXTENDED = {
			Amacr: "Ā",
			amacr: "ā",
			Abreve: "Ă",
			abreve: "ă",
			Aogon: "Ą",
			aogon: "ą",
			Cacute: "Ć",
			cacute: "ć",
			Ccirc: "Ĉ",
			ccirc: "ĉ",
			Cdot: "Ċ",
			cdot: "ċ",
			Ccaron: "Č",
			ccaron: "č",
			Dcaron: "Ď",
			dcaron: "ď",
			Dstrok: "Đ",
			dstrok: "đ",
			Emacr: "Ē",
			emacr: "ē",
			Ecaron: "Ě",
			ecaron: "ě",
			Edot: "Ė",
			edot: "ė",
			Eogon: "Ę",
			eogon: "ę",
			Gcirc: "Ĝ",
			gcirc: "ĝ",
			Gbreve: "Ğ",
			gbreve: "ğ",
			Gdot: "Ġ",
			gdot: "ġ",
			Gcedil: "Ģ",
			Hcirc: "Ĥ",
			hcirc: "ĥ",
			Hstrok: "Ħ",
			hstrok: "ħ",
			Itilde: "Ĩ",
			itilde: "ĩ",
			Imacr: "Ī",
			imacr: "ī",
			Iogon: "Į",
			iogon: "į",
			Idot: "İ",
			IJlig: "Ĳ",
			ijlig: "ĳ",
			Jcirc: "Ĵ",
			jcirc: "ĵ",
			Kcedil: "Ķ",
			kcedil: "ķ",
			kgreen: "ĸ",
			Lacute: "Ĺ",
			lacute: "ĺ",
			Lcedil: "Ļ",
			lcedil: "ļ",
			Lcaron: "Ľ",
			lcaron: "ľ",
			Lmidot: "Ŀ",
			lmidot: "ŀ",
			Lstrok: "Ł",
			lstrok: "ł",
			Nacute: "Ń",
			nacute: "ń",
			Ncaron: "Ň",
			ncaron: "ň",
			Ncedil: "Ņ",
			ncedil: "ņ",
			ENG: "Ŋ",
			eng: "ŋ",
			Omacr: "Ō",
			omacr: "ō",
			Odblac: "Ő",
			odblac: "ő",
			OElig: "Œ",
			oelig: "œ",
			Racute: "Ŕ",
			racute: "ŕ",
			Rcaron: "Ř",
			rcaron: "ř",
			Rcedil: "Ŗ",
			rcedil: "ŗ",
			Sacute: "Ś",
			sacute: "ś",
			Scirc: "Ŝ",
			scirc: "ŝ",
			Scedil: "Ş",
			scedil: "ş",
			Scaron: "Š",
			scaron: "š",
			Tcedil: "Ţ",
			tcedil: "ţ",
			Tcaron: "Ť",
			tcaron: "ť",
			Tstrok: "Ŧ",
			tstrok: "ŧ",
			Utilde: "Ũ",
			utilde: "ũ",
			Umacr: "Ū",
			umacr: "ū",
			Ubreve: "Ŭ",
			ubreve: "ŭ",
			Uring: "Ů",
			uring: "ů",
			Udblac: "Ű",
			udblac: "ű",
			Uogon: "Ų",
			uogon: "ų",
			Wcirc: "Ŵ",
			wcirc: "ŵ",
			Ycirc: "Ŷ",
			ycirc: "ŷ",
			Zacute: "Ź",
			zacute: "ź",
			Zdot: "Ż",
			zdot: "ż",
			Zcaron: "Ž",
			zcaron: "ž"
		};
		GREEK = {
			Alpha: "Α",
			alpha: "α",
			Beta: "Β",
			beta: "β",
			Gamma: "Γ",
			gamma: "γ",
			Delta: "Δ",
			delta: "δ",
			Epsilon: "Ε",
			epsilon: "ε",
			epsiv: "ϵ",
			varepsilon: "ϵ",
			Zeta: "Ζ",
			zeta: "ζ",
			Eta: "Η",
			eta: "η",
			Theta: "Θ",
			theta: "θ",
			thetasym: "ϑ",
			vartheta: "ϑ",
			Iota: "Ι",
			iota: "ι",
			Kappa: "Κ",
			kappa: "κ",
			kappav: "ϰ",
			varkappa: "ϰ",
			Lambda: "Λ",
			lambda: "λ",
			Mu: "Μ",
			mu: "μ",
			Nu: "Ν",
			nu: "ν",
			Xi: "Ξ",
			xi: "ξ",
			Omicron: "Ο",
			omicron: "ο",
			Pi: "Π",
			pi: "π",
			piv: "ϖ",
			varpi: "ϖ",
			Rho: "Ρ",
			rho: "ρ",
			rhov: "ϱ",
			varrho: "ϱ",
			Sigma: "Σ",
			sigma: "σ",
			sigmaf: "ς",
			sigmav: "ς",
			varsigma: "ς",
			Tau: "Τ",
			tau: "τ",
			Upsilon: "Υ",
			upsilon: "υ",
			upsi: "υ",
			Upsi: "ϒ",
			upsih: "ϒ",
			Phi: "Φ",
			phi: "φ",
			phiv: "ϕ",
			varphi: "ϕ",
			Chi: "Χ",
			chi: "χ",
			Psi: "Ψ",
			psi: "ψ",
			Omega: "Ω",
			omega: "ω",
			ohm: "Ω",
			Gammad: "Ϝ",
			gammad: "ϝ",
			digamma: "ϝ"
		};
		CYRILLIC = {
			Afr: "𝔄",
			afr: "𝔞",
			Acy: "А",
			acy: "а",
			Bcy: "Б",
			bcy: "б",
			Vcy: "В",
			vcy: "в",
			Gcy: "Г",
			gcy: "г",
			Dcy: "Д",
			dcy: "д",
			IEcy: "Е",
			iecy: "е",
			IOcy: "Ё",
			iocy: "ё",
			ZHcy: "Ж",
			zhcy: "ж",
			Zcy: "З",
			zcy: "з",
			Icy: "И",
			icy: "и",
			Jcy: "Й",
			jcy: "й",
			Kcy: "К",
			kcy: "к",
			Lcy: "Л",
			lcy: "л",
			Mcy: "М",
			mcy: "м",
			Ncy: "Н",
			ncy: "н",
			Ocy: "О",
			ocy: "о",
			Pcy: "П",
			pcy: "п",
			Rcy: "Р",
			rcy: "р",
			Scy: "С",
			scy: "с",
			Tcy: "Т",
			tcy: "т",
			Ucy: "У",
			ucy: "у",
			Fcy: "Ф",
			fcy: "ф",
			KHcy: "Х",
			khcy: "х",
			TScy: "Ц",
			tscy: "ц",
			CHcy: "Ч",
			chcy: "ч",
			SHcy: "Ш",
			shcy: "ш",
			SHCHcy: "Щ",
			shchcy: "щ",
			HARDcy: "Ъ",
			hardcy: "ъ",
			Ycy: "Ы",
			ycy: "ы",
			SOFTcy: "Ь",
			softcy: "ь",
			Ecy: "Э",
			ecy: "э",
			YUcy: "Ю",
			yucy: "ю",
			YAcy: "Я",
			yacy: "я",
			DJcy: "Ђ",
			djcy: "ђ",
			GJcy: "Ѓ",
			gjcy: "ѓ",
			Jukcy: "Є",
			jukcy: "є",
			DScy: "Ѕ",
			dscy: "ѕ",
			Iukcy: "І",
			iukcy: "і",
			YIcy: "Ї",
			yicy: "ї",
			Jsercy: "Ј",
			jsercy: "ј",
			LJcy: "Љ",
			ljcy: "љ",
			NJcy: "Њ",
			njcy: "њ",
			TSHcy: "Ћ",
			tshcy: "ћ",
			KJcy: "Ќ",
			kjcy: "ќ",
			Ubrcy: "Ў",
			ubrcy: "ў",
			DZcy: "Џ",
			dzcy: "џ"
		};
		MATH = {
			plus: "+",
			pm: "±",
			times: "×",
			div: "÷",
			divide: "÷",
			sdot: "⋅",
			star: "☆",
			starf: "★",
			bigstar: "★",
			lowast: "∗",
			ast: "*",
			midast: "*",
			compfn: "∘",
			smallcircle: "∘",
			bullet: "•",
			bull: "•",
			nbsp: "\xA0",
			hellip: "…",
			mldr: "…",
			prime: "′",
			Prime: "″",
			tprime: "‴",
			bprime: "‵",
			backprime: "‵",
			minus: "−",
			minusd: "∸",
			dotminus: "∸",
			plusdo: "∔",
			dotplus: "∔",
			plusmn: "±",
			minusplus: "∓",
			mnplus: "∓",
			mp: "∓",
			setminus: "∖",
			smallsetminus: "∖",
			Backslash: "∖",
			setmn: "∖",
			ssetmn: "∖",
			lowbar: "_",
			verbar: "|",
			vert: "|",
			VerticalLine: "|",
			colon: ":",
			Colon: "∷",
			Proportion: "∷",
			ratio: "∶",
			equals: "=",
			ne: "≠",
			nequiv: "≢",
			equiv: "≡",
			Congruent: "≡",
			sim: "∼",
			thicksim: "∼",
			thksim: "∼",
			sime: "≃",
			simeq: "≃",
			TildeEqual: "≃",
			asymp: "≈",
			approx: "≈",
			thickapprox: "≈",
			thkap: "≈",
			TildeTilde: "≈",
			ncong: "≇",
			cong: "≅",
			TildeFullEqual: "≅",
			asympeq: "≍",
			CupCap: "≍",
			bump: "≎",
			Bumpeq: "≎",
			HumpDownHump: "≎",
			bumpe: "≏",
			bumpeq: "≏",
			HumpEqual: "≏",
			le: "≤",
			LessEqual: "≤",
			ge: "≥",
			GreaterEqual: "≥",
			lesseqgtr: "⋚",
			lesseqqgtr: "⪋",
			greater: ">",
			less: "<"
		};
		MATH_ADVANCED = {
			alefsym: "ℵ",
			aleph: "ℵ",
			beth: "ℶ",
			gimel: "ℷ",
			daleth: "ℸ",
			forall: "∀",
			ForAll: "∀",
			part: "∂",
			PartialD: "∂",
			exist: "∃",
			Exists: "∃",
			nexist: "∄",
			nexists: "∄",
			empty: "∅",
			emptyset: "∅",
			emptyv: "∅",
			varnothing: "∅",
			nabla: "∇",
			Del: "∇",
			isin: "∈",
			isinv: "∈",
			in: "∈",
			Element: "∈",
			notin: "∉",
			notinva: "∉",
			ni: "∋",
			niv: "∋",
			SuchThat: "∋",
			ReverseElement: "∋",
			notni: "∌",
			notniva: "∌",
			prod: "∏",
			Product: "∏",
			coprod: "∐",
			Coproduct: "∐",
			sum: "∑",
			Sum: "∑",
			minus: "−",
			mp: "∓",
			plusdo: "∔",
			dotplus: "∔",
			setminus: "∖",
			lowast: "∗",
			radic: "√",
			Sqrt: "√",
			prop: "∝",
			propto: "∝",
			Proportional: "∝",
			varpropto: "∝",
			infin: "∞",
			infintie: "⧝",
			ang: "∠",
			angle: "∠",
			angmsd: "∡",
			measuredangle: "∡",
			angsph: "∢",
			mid: "∣",
			VerticalBar: "∣",
			nmid: "∤",
			nsmid: "∤",
			npar: "∦",
			parallel: "∥",
			spar: "∥",
			nparallel: "∦",
			nspar: "∦",
			and: "∧",
			wedge: "∧",
			or: "∨",
			vee: "∨",
			cap: "∩",
			cup: "∪",
			int: "∫",
			Integral: "∫",
			conint: "∮",
			ContourIntegral: "∮",
			Conint: "∯",
			DoubleContourIntegral: "∯",
			Cconint: "∰",
			there4: "∴",
			therefore: "∴",
			Therefore: "∴",
			becaus: "∵",
			because: "∵",
			Because: "∵",
			ratio: "∶",
			Proportion: "∷",
			minusd: "∸",
			dotminus: "∸",
			mDDot: "∺",
			homtht: "∻",
			sim: "∼",
			bsimg: "∽",
			backsim: "∽",
			ac: "∾",
			mstpos: "∾",
			acd: "∿",
			VerticalTilde: "≀",
			wr: "≀",
			wreath: "≀",
			nsime: "≄",
			nsimeq: "≄",
			ncong: "≇",
			simne: "≆",
			ncongdot: "⩭̸",
			ngsim: "≵",
			nsim: "≁",
			napprox: "≉",
			nap: "≉",
			ngeq: "≱",
			nge: "≱",
			nleq: "≰",
			nle: "≰",
			ngtr: "≯",
			ngt: "≯",
			nless: "≮",
			nlt: "≮",
			nprec: "⊀",
			npr: "⊀",
			nsucc: "⊁",
			nsc: "⊁"
		};
		ARROWS = {
			larr: "←",
			leftarrow: "←",
			LeftArrow: "←",
			uarr: "↑",
			uparrow: "↑",
			UpArrow: "↑",
			rarr: "→",
			rightarrow: "→",
			RightArrow: "→",
			darr: "↓",
			downarrow: "↓",
			DownArrow: "↓",
			harr: "↔",
			leftrightarrow: "↔",
			LeftRightArrow: "↔",
			varr: "↕",
			updownarrow: "↕",
			UpDownArrow: "↕",
			nwarr: "↖",
			nwarrow: "↖",
			UpperLeftArrow: "↖",
			nearr: "↗",
			nearrow: "↗",
			UpperRightArrow: "↗",
			searr: "↘",
			searrow: "↘",
			LowerRightArrow: "↘",
			swarr: "↙",
			swarrow: "↙",
			LowerLeftArrow: "↙",
			lArr: "⇐",
			Leftarrow: "⇐",
			uArr: "⇑",
			Uparrow: "⇑",
			rArr: "⇒",
			Rightarrow: "⇒",
			dArr: "⇓",
			Downarrow: "⇓",
			hArr: "⇔",
			Leftrightarrow: "⇔",
			iff: "⇔",
			vArr: "⇕",
			Updownarrow: "⇕",
			lAarr: "⇚",
			Lleftarrow: "⇚",
			rAarr: "⇛",
			Rrightarrow: "⇛",
			lrarr: "⇆",
			leftrightarrows: "⇆",
			rlarr: "⇄",
			rightleftarrows: "⇄",
			lrhar: "⇋",
			leftrightharpoons: "⇋",
			ReverseEquilibrium: "⇋",
			rlhar: "⇌",
			rightleftharpoons: "⇌",
			Equilibrium: "⇌",
			udarr: "⇅",
			UpArrowDownArrow: "⇅",
			duarr: "⇵",
			DownArrowUpArrow: "⇵",
			llarr: "⇇",
			leftleftarrows: "⇇",
			rrarr: "⇉",
			rightrightarrows: "⇉",
			ddarr: "⇊",
			downdownarrows: "⇊",
			har: "↽",
			lhard: "↽",
			leftharpoondown: "↽",
			lharu: "↼",
			leftharpoonup: "↼",
			rhard: "⇁",
			rightharpoondown: "⇁",
			rharu: "⇀",
			rightharpoonup: "⇀",
			lsh: "↰",
			Lsh: "↰",
			rsh: "↱",
			Rsh: "↱",
			ldsh: "↲",
			rdsh: "↳",
			hookleftarrow: "↩",
			hookrightarrow: "↪",
			mapstoleft: "↤",
			mapstoup: "↥",
			map: "↦",
			mapsto: "↦",
			mapstodown: "↧",
			crarr: "↵",
			nleftarrow: "↚",
			nleftrightarrow: "↮",
			nrightarrow: "↛",
			nrarr: "↛",
			larrtl: "↢",
			rarrtl: "↣",
			leftarrowtail: "↢",
			rightarrowtail: "↣",
			twoheadleftarrow: "↞",
			twoheadrightarrow: "↠",
			Larr: "↞",
			Rarr: "↠",
			larrhk: "↩",
			rarrhk: "↪",
			larrlp: "↫",
			looparrowleft: "↫",
			rarrlp: "↬",
			looparrowright: "↬",
			harrw: "↭",
			leftrightsquigarrow: "↭",
			nrarrw: "↝̸",
			rarrw: "↝",
			rightsquigarrow: "↝",
			larrbfs: "⤟",
			rarrbfs: "⤠",
			nvHarr: "⤄",
			nvlArr: "⤂",
			nvrArr: "⤃",
			larrfs: "⤝",
			rarrfs: "⤞",
			Map: "⤅",
			larrsim: "⥳",
			rarrsim: "⥴",
			harrcir: "⥈",
			Uarrocir: "⥉",
			lurdshar: "⥊",
			ldrdhar: "⥧",
			ldrushar: "⥋",
			rdldhar: "⥩",
			lrhard: "⥭",
			uharr: "↾",
			uharl: "↿",
			dharr: "⇂",
			dharl: "⇃",
			Uarr: "↟",
			Darr: "↡",
			zigrarr: "⇝",
			nwArr: "⇖",
			neArr: "⇗",
			seArr: "⇘",
			swArr: "⇙",
			nharr: "↮",
			nhArr: "⇎",
			nlarr: "↚",
			nlArr: "⇍",
			nrArr: "⇏",
			larrb: "⇤",
			LeftArrowBar: "⇤",
			rarrb: "⇥",
			RightArrowBar: "⇥"
		};
		SHAPES = {
			square: "□",
			Square: "□",
			squ: "□",
			squf: "▪",
			squarf: "▪",
			blacksquar: "▪",
			blacksquare: "▪",
			FilledVerySmallSquare: "▪",
			blk34: "▓",
			blk12: "▒",
			blk14: "░",
			block: "█",
			srect: "▭",
			rect: "▭",
			sdot: "⋅",
			sdotb: "⊡",
			dotsquare: "⊡",
			triangle: "▵",
			tri: "▵",
			trine: "▵",
			utri: "▵",
			triangledown: "▿",
			dtri: "▿",
			tridown: "▿",
			triangleleft: "◃",
			ltri: "◃",
			triangleright: "▹",
			rtri: "▹",
			blacktriangle: "▴",
			utrif: "▴",
			blacktriangledown: "▾",
			dtrif: "▾",
			blacktriangleleft: "◂",
			ltrif: "◂",
			blacktriangleright: "▸",
			rtrif: "▸",
			loz: "◊",
			lozenge: "◊",
			blacklozenge: "⧫",
			lozf: "⧫",
			bigcirc: "◯",
			xcirc: "◯",
			circ: "ˆ",
			Circle: "○",
			cir: "○",
			o: "○",
			bullet: "•",
			bull: "•",
			hellip: "…",
			mldr: "…",
			nldr: "‥",
			boxh: "─",
			HorizontalLine: "─",
			boxv: "│",
			boxdr: "┌",
			boxdl: "┐",
			boxur: "└",
			boxul: "┘",
			boxvr: "├",
			boxvl: "┤",
			boxhd: "┬",
			boxhu: "┴",
			boxvh: "┼",
			boxH: "═",
			boxV: "║",
			boxdR: "╒",
			boxDr: "╓",
			boxDR: "╔",
			boxDl: "╕",
			boxdL: "╖",
			boxDL: "╗",
			boxuR: "╘",
			boxUr: "╙",
			boxUR: "╚",
			boxUl: "╜",
			boxuL: "╛",
			boxUL: "╝",
			boxvR: "╞",
			boxVr: "╟",
			boxVR: "╠",
			boxVl: "╢",
			boxvL: "╡",
			boxVL: "╣",
			boxHd: "╤",
			boxhD: "╥",
			boxHD: "╦",
			boxHu: "╧",
			boxhU: "╨",
			boxHU: "╩",
			boxvH: "╪",
			boxVh: "╫",
			boxVH: "╬"
		};
		PUNCTUATION = {
			excl: "!",
			iexcl: "¡",
			brvbar: "¦",
			sect: "§",
			uml: "¨",
			copy: "©",
			ordf: "ª",
			laquo: "«",
			not: "¬",
			shy: "­",
			reg: "®",
			macr: "¯",
			deg: "°",
			plusmn: "±",
			sup2: "²",
			sup3: "³",
			acute: "´",
			micro: "µ",
			para: "¶",
			middot: "·",
			cedil: "¸",
			sup1: "¹",
			ordm: "º",
			raquo: "»",
			frac14: "¼",
			frac12: "½",
			frac34: "¾",
			iquest: "¿",
			nbsp: "\xA0",
			comma: ",",
			period: ".",
			colon: ":",
			semi: ";",
			vert: "|",
			Verbar: "‖",
			verbar: "|",
			dblac: "˝",
			circ: "ˆ",
			caron: "ˇ",
			breve: "˘",
			dot: "˙",
			ring: "˚",
			ogon: "˛",
			tilde: "˜",
			DiacriticalGrave: "`",
			DiacriticalAcute: "´",
			DiacriticalTilde: "˜",
			DiacriticalDot: "˙",
			DiacriticalDoubleAcute: "˝",
			grave: "`"
		};
		CURRENCY = {
			cent: "¢",
			pound: "£",
			curren: "¤",
			yen: "¥",
			euro: "€",
			dollar: "$",
			fnof: "ƒ",
			inr: "₹",
			af: "؋",
			birr: "ብር",
			peso: "₱",
			rub: "₽",
			won: "₩",
			yuan: "¥",
			cedil: "¸"
		};
		FRACTIONS = {
			frac12: "½",
			half: "½",
			frac13: "⅓",
			frac14: "¼",
			frac15: "⅕",
			frac16: "⅙",
			frac18: "⅛",
			frac23: "⅔",
			frac25: "⅖",
			frac34: "¾",
			frac35: "⅗",
			frac38: "⅜",
			frac45: "⅘",
			frac56: "⅚",
			frac58: "⅝",
			frac78: "⅞",
			frasl: "⁄"
		};
		MISC_SYMBOLS = {
			trade: "™",
			TRADE: "™",
			telrec: "⌕",
			target: "⌖",
			ulcorn: "⌜",
			ulcorner: "⌜",
			urcorn: "⌝",
			urcorner: "⌝",
			dlcorn: "⌞",
			llcorner: "⌞",
			drcorn: "⌟",
			lrcorner: "⌟",
			intercal: "⊺",
			intcal: "⊺",
			oplus: "⊕",
			CirclePlus: "⊕",
			ominus: "⊖",
			CircleMinus: "⊖",
			otimes: "⊗",
			CircleTimes: "⊗",
			osol: "⊘",
			odot: "⊙",
			CircleDot: "⊙",
			oast: "⊛",
			circledast: "⊛",
			odash: "⊝",
			circleddash: "⊝",
			ocirc: "⊚",
			circledcirc: "⊚",
			boxplus: "⊞",
			plusb: "⊞",
			boxminus: "⊟",
			minusb: "⊟",
			boxtimes: "⊠",
			timesb: "⊠",
			boxdot: "⊡",
			sdotb: "⊡",
			veebar: "⊻",
			vee: "∨",
			barvee: "⊽",
			and: "∧",
			wedge: "∧",
			Cap: "⋒",
			Cup: "⋓",
			Fork: "⋔",
			pitchfork: "⋔",
			epar: "⋕",
			ltlarr: "⥶",
			nvap: "≍⃒",
			nvsim: "∼⃒",
			nvge: "≥⃒",
			nvle: "≤⃒",
			nvlt: "<⃒",
			nvgt: ">⃒",
			nvltrie: "⊴⃒",
			nvrtrie: "⊵⃒",
			Vdash: "⊩",
			dashv: "⊣",
			vDash: "⊨",
			Vvdash: "⊪",
			nvdash: "⊬",
			nvDash: "⊭",
			nVdash: "⊮",
			nVDash: "⊯"
		};
		XML = {
			amp: "&",
			apos: "'",
			gt: ">",
			lt: "<",
			quot: "\""
		};
		COMMON_HTML = {
			nbsp: "\xA0",
			copy: "©",
			reg: "®",
			trade: "™",
			mdash: "—",
			ndash: "–",
			hellip: "…",
			laquo: "«",
			raquo: "»",
			lsquo: "‘",
			rsquo: "’",
			ldquo: "“",
			rdquo: "”",
			bull: "•",
			para: "¶",
			sect: "§",
			deg: "°",
			frac12: "½",
			frac14: "¼",
			frac34: "¾"
		};
	})))();
}
// node_modules/@nodable/entities/src/EntityDecoder.js
/**
* Validate that an entity name contains no dangerous characters.
* @param {string} name
* @returns {string} the name, unchanged
* @throws {Error} on invalid characters
*/
function validateEntityName(name) {
	if (name[0] === "#") throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
	for (const ch of name) if (SPECIAL_CHARS.has(ch)) throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
	return name;
}
/**
* Merge one or more entity maps into a flat name→string map.
* Accepts either:
*   - plain string values:             { amp: '&' }
*   - legacy {regex,val} / {regx,val}: { lt: { regex: /.../, val: '<' } }
*
* Values containing '&' are skipped (recursive expansion risk).
*
* @param {...object} maps
* @returns {Record<string, string>}
*/
function mergeEntityMaps(...maps) {
	const out = Object.create(null);
	for (const map of maps) {
		if (!map) continue;
		for (const key of Object.keys(map)) {
			const raw = map[key];
			if (typeof raw === "string") out[key] = raw;
			else if (raw && typeof raw === "object" && raw.val !== void 0) {
				const val = raw.val;
				if (typeof val === "string") out[key] = val;
			}
		}
	}
	return out;
}
/**
* Resolve `applyLimitsTo` option into a normalised Set of tier strings.
* Accepted values: 'external' | 'base' | 'all' | string[]
* Default: 'external' (only untrusted injected entities are counted).
* @param {string|string[]|undefined} raw
* @returns {Set<string>}
*/
function parseLimitTiers(raw) {
	if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
	if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
	if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
	if (Array.isArray(raw)) return new Set(raw);
	return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
/**
* Parse the `ncr` constructor option into flat, hot-path-friendly fields.
* @param {object|undefined} ncr
* @returns {{ xmlVersion: number, onLevel: number, nullLevel: number }}
*/
function parseNCRConfig(ncr) {
	if (!ncr) return {
		xmlVersion: 1,
		onLevel: NCR_LEVEL.allow,
		nullLevel: NCR_LEVEL.remove
	};
	const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
	const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
	const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
	return {
		xmlVersion,
		onLevel,
		nullLevel: Math.max(nullLevel, NCR_LEVEL.remove)
	};
}
var ENTITY_ACTION, SPECIAL_CHARS, LIMIT_TIER_EXTERNAL, LIMIT_TIER_BASE, LIMIT_TIER_ALL, NCR_LEVEL, XML10_ALLOWED_C0, EntityDecoder;
function init_EntityDecoder() {
	return (init_EntityDecoder = __esmMin((() => {
		init_entities();
		ENTITY_ACTION = Object.freeze({
			/** Resolve and expand the entity normally. */
			ALLOW: "allow",
			/** Silently skip this entity — it will not be registered. */
			BLOCK: "block",
			/** Throw an error, aborting entity registration entirely. */
			THROW: "throw"
		});
		SPECIAL_CHARS = /* @__PURE__ */ new Set("!?\\\\/[]$%{}^&*()<>|+");
		LIMIT_TIER_EXTERNAL = "external";
		LIMIT_TIER_BASE = "base";
		LIMIT_TIER_ALL = "all";
		NCR_LEVEL = Object.freeze({
			allow: 0,
			leave: 1,
			remove: 2,
			throw: 3
		});
		XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([
			9,
			10,
			13
		]);
		EntityDecoder = class {
			/**
			* @param {object} [options]
			* @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
			* @param {object}  [options.limit]                 — security limits
			* @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
			* @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
			* @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
			*   Which entity tiers count against the security limits:
			*   - 'external' (default) — only input/runtime + persistent external entities
			*   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
			*   - 'all'                — every entity regardless of tier
			*   - string[]             — explicit combination, e.g. ['external', 'base']
			* @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
			* @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
			* @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
			* @param {object}   [options.ncr]       — Numeric Character Reference controls
			* @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
			*   XML version governing which codepoint ranges are restricted:
			*   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
			*   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
			* @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
			*   Base action for numeric references. Severity order: allow < leave < remove < throw.
			*   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
			*   the effective action is max(onNCR, rangeMinimum).
			* @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
			*   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
			* @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
			*   Hook called when an external entity is registered via `setExternalEntities()` or
			*   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
			*   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
			* @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
			*   Hook called when an input entity is registered via `addInputEntities()`. Return
			*   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
			*   `ENTITY_ACTION.THROW` to abort with an error.
			*/
			constructor(options = {}) {
				this._limit = options.limit || {};
				this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
				this._maxExpandedLength = this._limit.maxExpandedLength || 0;
				this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
				this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
				this._numericAllowed = options.numericAllowed ?? true;
				this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
				/** @type {Record<string, string>} */
				this._externalMap = Object.create(null);
				/** @type {Record<string, string>} */
				this._inputMap = Object.create(null);
				this._totalExpansions = 0;
				this._expandedLength = 0;
				/** @type {Set<string>} */
				this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
				/** @type {Set<string>} */
				this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
				const ncrCfg = parseNCRConfig(options.ncr);
				this._ncrXmlVersion = ncrCfg.xmlVersion;
				this._ncrOnLevel = ncrCfg.onLevel;
				this._ncrNullLevel = ncrCfg.nullLevel;
				/** @type {((name: string, value: string) => 'allow'|'block'|'throw')|null} */
				this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
				/** @type {((name: string, value: string) => 'allow'|'block'|'throw')|null} */
				this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
			}
			/**
			* Invoke a registration hook for a single entity name/value pair.
			* Returns true when the entity should be accepted, false when it should be
			* silently skipped (BLOCK), and throws when the hook returns THROW.
			*
			* @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
			* @param {string} name
			* @param {string} value
			* @param {string} context  — used in error messages ('external' | 'input')
			* @returns {boolean}  true = accept, false = skip
			*/
			_applyRegistrationHook(hook, name, value, context) {
				if (!hook) return true;
				const action = hook(name, value);
				if (action === ENTITY_ACTION.BLOCK) return false;
				if (action === ENTITY_ACTION.THROW) throw new Error(`[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`);
				return true;
			}
			/**
			* Replace the full set of persistent external entities.
			* All keys are validated — throws on invalid characters.
			* If `onExternalEntity` is set, it is called once per entry; entries that
			* return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
			* aborts the whole call.
			* @param {Record<string, string | { regex?: RegExp, val: string }>} map
			*/
			setExternalEntities(map) {
				if (map) for (const key of Object.keys(map)) validateEntityName(key);
				if (!this._onExternalEntity) {
					this._externalMap = mergeEntityMaps(map);
					return;
				}
				const flat = mergeEntityMaps(map);
				const filtered = Object.create(null);
				for (const [name, value] of Object.entries(flat)) if (this._applyRegistrationHook(this._onExternalEntity, name, value, "external")) filtered[name] = value;
				this._externalMap = filtered;
			}
			/**
			* Add a single persistent external entity.
			* If `onExternalEntity` is set it is called before the entity is stored;
			* `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
			* @param {string} key
			* @param {string} value
			*/
			addExternalEntity(key, value) {
				validateEntityName(key);
				if (typeof value === "string" && value.indexOf("&") === -1) {
					if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) this._externalMap[key] = value;
				}
			}
			/**
			* Inject DOCTYPE entities for the current document.
			* Also resets per-document expansion counters.
			* If `onInputEntity` is set it is called once per entry; entries returning
			* `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
			* @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
			*/
			addInputEntities(map) {
				this._totalExpansions = 0;
				this._expandedLength = 0;
				if (!this._onInputEntity) {
					this._inputMap = mergeEntityMaps(map);
					return;
				}
				const flat = mergeEntityMaps(map);
				const filtered = Object.create(null);
				for (const [name, value] of Object.entries(flat)) if (this._applyRegistrationHook(this._onInputEntity, name, value, "input")) filtered[name] = value;
				this._inputMap = filtered;
			}
			/**
			* Wipe input/runtime entities and reset counters.
			* Call this before processing each new document.
			* @returns {this}
			*/
			reset() {
				this._inputMap = Object.create(null);
				this._totalExpansions = 0;
				this._expandedLength = 0;
				return this;
			}
			/**
			* Update the XML version used for NCR classification.
			* Call this as soon as the document's `<?xml version="...">` declaration is parsed.
			* @param {1.0|1.1|number} version
			*/
			setXmlVersion(version) {
				this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
			}
			/**
			* Replace all entity references in `str` in a single pass.
			*
			* @param {string} str
			* @returns {string}
			*/
			decode(str) {
				if (typeof str !== "string" || str.length === 0) return str;
				if (str.indexOf("&") === -1) return str;
				const original = str;
				const chunks = [];
				const len = str.length;
				let last = 0;
				let i = 0;
				const limitExpansions = this._maxTotalExpansions > 0;
				const limitLength = this._maxExpandedLength > 0;
				const checkLimits = limitExpansions || limitLength;
				while (i < len) {
					if (str.charCodeAt(i) !== 38) {
						i++;
						continue;
					}
					let j = i + 1;
					while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
					if (j >= len || str.charCodeAt(j) !== 59) {
						i++;
						continue;
					}
					const token = str.slice(i + 1, j);
					if (token.length === 0) {
						i++;
						continue;
					}
					let replacement;
					let tier;
					if (this._removeSet.has(token)) {
						replacement = "";
						if (tier === void 0) tier = LIMIT_TIER_EXTERNAL;
					} else if (this._leaveSet.has(token)) {
						i++;
						continue;
					} else if (token.charCodeAt(0) === 35) {
						const ncrResult = this._resolveNCR(token);
						if (ncrResult === void 0) {
							i++;
							continue;
						}
						replacement = ncrResult;
						tier = LIMIT_TIER_BASE;
					} else {
						const resolved = this._resolveName(token);
						replacement = resolved?.value;
						tier = resolved?.tier;
					}
					if (replacement === void 0) {
						i++;
						continue;
					}
					if (i > last) chunks.push(str.slice(last, i));
					chunks.push(replacement);
					last = j + 1;
					i = last;
					if (checkLimits && this._tierCounts(tier)) {
						if (limitExpansions) {
							this._totalExpansions++;
							if (this._totalExpansions > this._maxTotalExpansions) throw new Error(`[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`);
						}
						if (limitLength) {
							const delta = replacement.length - (token.length + 2);
							if (delta > 0) {
								this._expandedLength += delta;
								if (this._expandedLength > this._maxExpandedLength) throw new Error(`[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`);
							}
						}
					}
				}
				if (last < len) chunks.push(str.slice(last));
				const result = chunks.length === 0 ? str : chunks.join("");
				return this._postCheck(result, original);
			}
			/**
			* Returns true if a resolved entity of the given tier should count
			* against the expansion/length limits.
			* @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
			* @returns {boolean}
			*/
			_tierCounts(tier) {
				if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
				return this._limitTiers.has(tier);
			}
			/**
			* Resolve a named entity token (without & and ;).
			* Priority: inputMap > externalMap > baseMap
			* Returns the resolved value tagged with its limit tier.
			*
			* @param {string} name
			* @returns {{ value: string, tier: string }|undefined}
			*/
			_resolveName(name) {
				if (name in this._inputMap) return {
					value: this._inputMap[name],
					tier: LIMIT_TIER_EXTERNAL
				};
				if (name in this._externalMap) return {
					value: this._externalMap[name],
					tier: LIMIT_TIER_EXTERNAL
				};
				if (name in this._baseMap) return {
					value: this._baseMap[name],
					tier: LIMIT_TIER_BASE
				};
			}
			/**
			* Classify a codepoint and return the minimum action level that must be applied.
			* Returns -1 when no minimum is imposed (normal allow path).
			*
			* Ranges checked (in priority order):
			*   1. U+0000            — null, governed by nullNCR (always ≥ remove)
			*   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
			*   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
			*      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
			*
			* @param {number} cp  — codepoint
			* @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
			*/
			_classifyNCR(cp) {
				if (cp === 0) return this._ncrNullLevel;
				if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
				if (this._ncrXmlVersion === 1) {
					if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
				}
				return -1;
			}
			/**
			* Execute a resolved NCR action.
			*
			* @param {number} action   — NCR_LEVEL value
			* @param {string} token    — raw token (e.g. '#38') for error messages
			* @param {number} cp       — codepoint, used only for error messages
			* @returns {string|undefined}
			*   - decoded character string  → 'allow'
			*   - ''                        → 'remove'
			*   - undefined                 → 'leave' (caller must skip past '&' only)
			*   - throws Error              → 'throw'
			*/
			_applyNCRAction(action, token, cp) {
				switch (action) {
					case NCR_LEVEL.allow: return String.fromCodePoint(cp);
					case NCR_LEVEL.remove: return "";
					case NCR_LEVEL.leave: return;
					case NCR_LEVEL.throw: throw new Error(`[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`);
					default: return String.fromCodePoint(cp);
				}
			}
			/**
			* Full NCR resolution pipeline for a numeric token.
			*
			* Steps:
			*   1. Parse the codepoint (decimal or hex).
			*   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
			*   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
			*   4. Classify the codepoint to find the minimum required action level.
			*   5. Resolve effective action = max(onNCR, minimum).
			*   6. Apply and return.
			*
			* @param {string} token  — e.g. '#38', '#x26', '#X26'
			* @returns {string|undefined}
			*   - string (incl. '')  — replacement ('' = remove)
			*   - undefined          — leave original &token; as-is
			*/
			_resolveNCR(token) {
				const second = token.charCodeAt(1);
				let cp;
				if (second === 120 || second === 88) cp = parseInt(token.slice(2), 16);
				else cp = parseInt(token.slice(1), 10);
				if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
				const minimum = this._classifyNCR(cp);
				if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
				const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
				return this._applyNCRAction(effective, token, cp);
			}
		};
	})))();
}
function init_all_entities() {
	return (init_all_entities = __esmMin((() => {
		init_entities();
		({
			...BASIC_LATIN,
			...LATIN_ACCENTS,
			...LATIN_EXTENDED,
			...GREEK,
			...CYRILLIC,
			...MATH,
			...MATH_ADVANCED,
			...ARROWS,
			...SHAPES,
			...PUNCTUATION,
			...CURRENCY,
			...FRACTIONS,
			...MISC_SYMBOLS
		});
	})))();
}
// node_modules/@nodable/entities/src/EntityEncoder.js
var XML_UNSAFE_REPLACEMENT, IS_XML_UNSAFE;
function init_EntityEncoder() {
	return (init_EntityEncoder = __esmMin((() => {
		XML_UNSAFE_REPLACEMENT = new Array(128);
		XML_UNSAFE_REPLACEMENT[38] = "&amp;";
		XML_UNSAFE_REPLACEMENT[60] = "&lt;";
		XML_UNSAFE_REPLACEMENT[62] = "&gt;";
		XML_UNSAFE_REPLACEMENT[34] = "&quot;";
		XML_UNSAFE_REPLACEMENT[39] = "&apos;";
		IS_XML_UNSAFE = /* @__PURE__ */ new Uint8Array(128);
		IS_XML_UNSAFE[38] = 1;
		IS_XML_UNSAFE[60] = 1;
		IS_XML_UNSAFE[62] = 1;
		IS_XML_UNSAFE[34] = 1;
		IS_XML_UNSAFE[39] = 1;
	})))();
}
// node_modules/@nodable/entities/src/index.js
function init_src() {
	return (init_src = __esmMin((() => {
		init_EntityDecoder();
		init_entities();
		init_all_entities();
		init_EntityEncoder();
	})))();
}
export { COMMON_HTML as a, init_entities as c, init_EntityDecoder as i, ENTITY_ACTION as n, CURRENCY as o, EntityDecoder as r, XML as s, init_src as t };
