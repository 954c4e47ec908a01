/// Names in SVG and MathML, as data: the case HTML's lowercase tokenizer loses, and the HTML tags that
/// end foreign content.
enum ForeignVocabulary {
    /// Lowercase → proper case, for names written in camel case.
    private static func table(_ names: [String]) -> [[UInt8]: [UInt8]] {
        Dictionary(uniqueKeysWithValues: names.map { (Array($0.lowercased().utf8), Array($0.utf8)) })
    }

    static let svgTagNames = table([
        "altGlyph", "altGlyphDef", "altGlyphItem", "animateColor", "animateMotion", "animateTransform", "clipPath",
        "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
        "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
        "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
        "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "foreignObject", "glyphRef", "linearGradient",
        "radialGradient", "textPath",
    ])

    static let svgAttributes = table([
        "attributeName", "attributeType", "baseFrequency", "baseProfile", "calcMode", "clipPathUnits",
        "diffuseConstant", "edgeMode", "filterUnits", "glyphRef", "gradientTransform", "gradientUnits",
        "kernelMatrix", "kernelUnitLength", "keyPoints", "keySplines", "keyTimes", "lengthAdjust",
        "limitingConeAngle", "markerHeight", "markerUnits", "markerWidth", "maskContentUnits", "maskUnits",
        "numOctaves", "pathLength", "patternContentUnits", "patternTransform", "patternUnits", "pointsAtX",
        "pointsAtY", "pointsAtZ", "preserveAlpha", "preserveAspectRatio", "primitiveUnits", "refX", "refY",
        "repeatCount", "repeatDur", "requiredExtensions", "requiredFeatures", "specularConstant",
        "specularExponent", "spreadMethod", "startOffset", "stdDeviation", "stitchTiles", "surfaceScale",
        "systemLanguage", "tableValues", "targetX", "targetY", "textLength", "viewBox", "viewTarget",
        "xChannelSelector", "yChannelSelector", "zoomAndPan",
    ])

    static let mathMLAttributes = table(["definitionURL"])

    /// HTML start tags that close the SVG or MathML they appear in.
    static func breaksOut(_ tag: TagName) -> Bool {
        switch tag {
        case .b, .big, .blockquote, .body, .br, .center, .code, .dd, .div, .dl, .dt, .em, .embed, .h1, .h2, .h3,
             .h4, .h5, .h6, .head, .hr, .i, .img, .li, .listing, .menu, .meta, .nobr, .ol, .p, .pre, .ruby, .s,
             .small, .span, .strong, .strike, .sub, .sup, .table, .tt, .u, .ul, .var:
            true
        default:
            false
        }
    }

    /// `<font>` breaks out only when it carries presentation (`color`, `face`, `size`).
    static func isPresentational(_ tag: HTMLToken.Tag) -> Bool {
        tag.attributes.contains { ["color", "face", "size"].contains(String(decoding: $0.name, as: UTF8.self)) }
    }

    /// NUL in foreign content becomes U+FFFD.
    static func replacingNull(_ bytes: [UInt8]) -> [UInt8] {
        bytes.flatMap { $0 == 0 ? [0xEF, 0xBF, 0xBD] : [$0] }
    }
}
