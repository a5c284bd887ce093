/// A horizontal bar chart of percentages: one row per item, its label on the left, a
/// bar on a 0–100 % scale, the value written after the bar. The report draws scores by
/// organisation with it.
struct HorizontalBarChart {
    struct Bar {
        var label: String
        /// Tenths of a percent, 0…1000; nil draws no bar (no checks).
        var tenths: Int?
        var valueText: String
        var colour: String
    }

    var title: String
    var bars: [Bar]
    var width = 720
    var rowHeight = 22
    var labelWidth = 320

    func render() -> String {
        let top = 10, bottom = 24, right = 64
        let height = top + bars.count * rowHeight + bottom
        var canvas = SVGCanvas(width: width, height: height, title: title)
        let plotLeft = labelWidth
        let plotWidth = width - labelWidth - right
        let plotBottom = top + bars.count * rowHeight
        for step in 0...4 {
            let x = plotLeft + plotWidth * step / 4
            canvas.line(x1: x, y1: top, x2: x, y2: plotBottom, stroke: step == 0 ? "#666666" : "#dddddd", dashed: step != 0)
            canvas.text("\(step * 25) %", x: x, y: plotBottom + 16, anchor: .middle, size: 11, fill: "#555555")
        }
        for (index, bar) in bars.enumerated() {
            let y = top + index * rowHeight
            canvas.text(SVGCanvas.shortened(bar.label, to: labelWidth / 8), x: plotLeft - 8, y: y + rowHeight / 2 + 4,
                        anchor: .end, size: 12, tooltip: bar.label)
            var end = plotLeft
            if let tenths = bar.tenths {
                let length = plotWidth * min(max(tenths, 0), 1000) / 1000
                canvas.rect(x: plotLeft, y: y + 4, width: max(length, 1), height: rowHeight - 8, fill: bar.colour,
                            tooltip: "\(bar.label): \(bar.valueText)")
                end += length
            }
            canvas.text(bar.valueText, x: end + 6, y: y + rowHeight / 2 + 4, size: 12, bold: true)
        }
        return canvas.render()
    }
}
