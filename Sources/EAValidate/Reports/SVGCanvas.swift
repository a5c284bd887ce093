/// A tiny SVG builder for the report's charts: rectangles, lines and text on integer
/// coordinates, every text escaped, so that a chart is well-formed inline SVG (in HTML
/// and in XML) and the same data gives the same bytes.
struct SVGCanvas {
    let width: Int
    let height: Int
    /// The accessible name (`<title>` and `aria-label`).
    let title: String
    private var parts: [String] = []

    init(width: Int, height: Int, title: String) {
        self.width = width
        self.height = height
        self.title = title
    }

    enum Anchor: String {
        case start, middle, end
    }

    /// A rectangle; `tooltip` becomes its `<title>`, which browsers show on hover.
    mutating func rect(x: Int, y: Int, width: Int, height: Int, fill: String, tooltip: String? = nil) {
        let shape = "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" fill=\"\(fill)\""
        if let tooltip {
            parts.append(shape + "><title>\(MarkupText.escape(tooltip))</title></rect>")
        } else {
            parts.append(shape + "/>")
        }
    }

    mutating func line(x1: Int, y1: Int, x2: Int, y2: Int, stroke: String, dashed: Bool = false) {
        let dash = dashed ? " stroke-dasharray=\"3 3\"" : ""
        parts.append("<line x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\" stroke=\"\(stroke)\" stroke-width=\"1\"\(dash)/>")
    }

    /// Text at a baseline point; `tooltip` keeps the whole text when `text` is shortened.
    mutating func text(_ text: String, x: Int, y: Int, anchor: Anchor = .start, size: Int = 12, bold: Bool = false,
                       fill: String = "#222222", tooltip: String? = nil) {
        var attributes = "x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\" fill=\"\(fill)\""
        if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
        if bold { attributes += " font-weight=\"bold\"" }
        let title = tooltip.map { "<title>\(MarkupText.escape($0))</title>" } ?? ""
        parts.append("<text \(attributes)>\(title)\(MarkupText.escape(text))</text>")
    }

    func render() -> String {
        let name = MarkupText.escape(title)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"\(width)\" height=\"\(height)\""
        out += " viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(name)\""
        out += " font-family=\"system-ui, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif\">\n"
        out += "<title>\(name)</title>\n"
        for part in parts { out += part + "\n" }
        return out + "</svg>"
    }

    /// Text cut to `limit` characters with an ellipsis, so a long name keeps to its column.
    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
