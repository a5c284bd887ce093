/// A vertical stacked bar chart: one bar per category, one coloured segment per series,
/// the total above each bar, a legend on top. The report draws findings by layer and
/// severity with it.
struct StackedBarChart {
    struct Series {
        var name: String
        var colour: String
    }

    struct Bar {
        var label: String
        /// One value per series, in series order.
        var values: [Int]
    }

    var title: String
    var series: [Series]
    var bars: [Bar]
    var width = 640
    var height = 300

    func render() -> String {
        var canvas = SVGCanvas(width: width, height: height, title: title)
        let left = 44, right = 12, top = 40, bottom = 36
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let maximum = Self.niceCeiling(bars.map { $0.values.reduce(0, +) }.max() ?? 0)

        // Legend.
        var x = left
        for entry in series {
            canvas.rect(x: x, y: 10, width: 12, height: 12, fill: entry.colour)
            canvas.text(entry.name, x: x + 16, y: 20, size: 12)
            x += 24 + entry.name.count * 7
        }
        // Grid and scale: four steps.
        for step in 0...4 {
            let value = maximum * step / 4
            let y = top + plotHeight - plotHeight * step / 4
            canvas.line(x1: left, y1: y, x2: width - right, y2: y, stroke: step == 0 ? "#666666" : "#dddddd", dashed: step != 0)
            canvas.text(String(value), x: left - 6, y: y + 4, anchor: .end, size: 11, fill: "#555555")
        }
        guard !bars.isEmpty else { return canvas.render() }
        let slot = plotWidth / bars.count
        let barWidth = max(8, slot * 3 / 5)
        for (index, bar) in bars.enumerated() {
            let x = left + slot * index + (slot - barWidth) / 2
            var base = top + plotHeight
            for (position, value) in bar.values.enumerated() where value > 0 && position < series.count {
                let height = maximum == 0 ? 0 : max(1, plotHeight * value / maximum)
                base -= height
                canvas.rect(x: x, y: base, width: barWidth, height: height, fill: series[position].colour,
                            tooltip: "\(bar.label): \(value) \(series[position].name)")
            }
            let total = bar.values.reduce(0, +)
            canvas.text(String(total), x: x + barWidth / 2, y: base - 4, anchor: .middle, size: 12, bold: true)
            canvas.text(SVGCanvas.shortened(bar.label, to: max(6, slot / 7)), x: left + slot * index + slot / 2,
                        y: top + plotHeight + 18, anchor: .middle, size: 12, tooltip: bar.label)
        }
        return canvas.render()
    }

    /// The top of the scale: four equal whole steps, each 1, 2, 3 or 5 × 10ⁿ, reaching `value`.
    static func niceCeiling(_ value: Int) -> Int {
        var magnitude = 1
        while true {
            for factor in [1, 2, 3, 5] where factor * magnitude * 4 >= value { return factor * magnitude * 4 }
            magnitude *= 10
        }
    }
}
