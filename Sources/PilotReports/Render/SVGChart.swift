import Foundation
import PilotKit

/// Draws each kind of chart as inline SVG from the shared canvas primitives.
enum SVGChart {
    static func render(_ chart: Chart, id: String) -> String {
        let canvas: SVGCanvas = switch chart {
        case .trend(let trend): draw(trend)
        case .bars(let bars): draw(bars)
        case .heatMap(let heatMap): draw(heatMap)
        case .timeline(let timeline): draw(timeline)
        }
        return canvas.render(id: id, title: chart.title, description: chart.altText)
    }

    /// Values oldest to newest, with a dashed target line, a dotted baseline and the pooled
    /// value's 95% interval as a whisker beside the newest value.
    static func draw(_ chart: Chart.Trend) -> SVGCanvas {
        var canvas = SVGCanvas(width: 320, height: 150)
        let (left, right, top, bottom) = (48.0, 300.0, 14.0, 120.0)
        let references = chart.values + [chart.target, chart.baseline, chart.interval?.low, chart.interval?.high].compactMap { $0 }
        guard let low = references.min(), let high = references.max(), !chart.values.isEmpty else {
            canvas.text("no values recorded", x: 160, y: 75, anchor: .middle)
            return canvas
        }
        let pad = high > low ? (high - low) * 0.1 : max(abs(high) * 0.1, 1)
        let y = LinearScale(domain: (low - pad, high + pad), range: (bottom, top))
        canvas.line(left, top, left, bottom, class: "axis")
        canvas.line(left, bottom, right, bottom, class: "axis")
        canvas.text(Display.number(high), x: left - 4, y: y(high) + 4, anchor: .end)
        if low < high { canvas.text(Display.number(low), x: left - 4, y: y(low) + 4, anchor: .end) }
        if let baseline = chart.baseline, baseline != chart.target {
            canvas.line(left, y(baseline), right, y(baseline), class: "baseline")
            canvas.text("baseline", x: right, y: y(baseline) - 3, anchor: .end)
        }
        if let target = chart.target {
            canvas.line(left, y(target), right, y(target), class: "target")
            canvas.text(target == chart.baseline ? "target = baseline" : "target", x: right, y: y(target) - 3, anchor: .end)
        }
        let step = chart.values.count > 1 ? (right - left - 12) / Double(chart.values.count - 1) : 0
        let points = chart.values.enumerated().map { (x: left + 6 + Double($0.offset) * step, y: y($0.element)) }
        canvas.polyline(points, class: "series")
        for point in points { canvas.circle(point.x, point.y, radius: 2.5, class: "point") }
        if let interval = chart.interval {
            let x = right + 10
            canvas.line(x, y(interval.low), x, y(interval.high), class: "interval")
            canvas.line(x - 3, y(interval.low), x + 3, y(interval.low), class: "interval")
            canvas.line(x - 3, y(interval.high), x + 3, y(interval.high), class: "interval")
        }
        canvas.text("oldest", x: left, y: bottom + 16)
        canvas.text("\(chart.values.count) recent values", x: (left + right) / 2, y: bottom + 16, anchor: .middle)
        canvas.text("newest", x: right, y: bottom + 16, anchor: .end)
        return canvas
    }

    /// One bar per label with its count above it.
    static func draw(_ chart: Chart.Bars) -> SVGCanvas {
        let slot = max(48, Double(chart.bars.map(\.label.count).max() ?? 0) * 6.2 + 10)
        let (left, top, bottom) = (12.0, 18.0, 120.0)
        var canvas = SVGCanvas(width: left * 2 + slot * Double(chart.bars.count), height: 150)
        let highest = Double(max(1, chart.bars.map(\.count).max() ?? 0))
        let barWidth = min(36, slot - 12)
        for (index, bar) in chart.bars.enumerated() {
            let center = left + slot * (Double(index) + 0.5)
            let height = (bottom - top) * Double(bar.count) / highest
            canvas.rect(x: center - barWidth / 2, y: bottom - height, width: barWidth, height: height, class: "bar")
            canvas.text(String(bar.count), x: center, y: bottom - height - 4, anchor: .middle)
            canvas.text(bar.label, x: center, y: bottom + 16, anchor: .middle)
        }
        canvas.line(left, bottom, left + slot * Double(chart.bars.count), bottom, class: "axis")
        return canvas
    }

    /// Likelihood rising upwards, impact to the right, cells shaded by score band.
    static func draw(_ chart: Chart.HeatMap) -> SVGCanvas {
        let scale = chart.counts.count
        let (cell, left, top) = (44.0, 56.0, 10.0)
        let grid = cell * Double(scale)
        var canvas = SVGCanvas(width: left + grid + 12, height: top + grid + 44)
        for (likelihoodIndex, row) in chart.counts.enumerated() {
            let y = top + Double(scale - 1 - likelihoodIndex) * cell
            canvas.text(String(likelihoodIndex + 1), x: left - 8, y: y + cell / 2 + 4, anchor: .end)
            for (impactIndex, count) in row.enumerated() {
                let x = left + Double(impactIndex) * cell
                canvas.rect(x: x, y: y, width: cell, height: cell, class: "cell \(band((likelihoodIndex + 1) * (impactIndex + 1)))")
                if count > 0 { canvas.text(String(count), x: x + cell / 2, y: y + cell / 2 + 5, anchor: .middle, class: "count") }
            }
        }
        for impact in 1...max(1, scale) {
            canvas.text(String(impact), x: left + (Double(impact) - 0.5) * cell, y: top + grid + 16, anchor: .middle)
        }
        canvas.text("impact", x: left + grid / 2, y: top + grid + 34, anchor: .middle)
        canvas.text("likelihood", x: 16, y: top + grid / 2, anchor: .middle, vertical: true)
        return canvas
    }

    /// The score bands of the risk matrix: low 1-4, medium 5-9, high 10-25.
    static func band(_ score: Int) -> String {
        score >= 10 ? "band-high" : score >= 5 ? "band-medium" : "band-low"
    }

    /// The pilot's stage as a step line over calendar time, each change marked with its decision.
    static func draw(_ chart: Chart.Timeline) -> SVGCanvas {
        let (left, right, top, row) = (130.0, 660.0, 16.0, 20.0)
        let bottom = top + row * Double(Stage.allCases.count - 1)
        var canvas = SVGCanvas(width: 680, height: bottom + 36)
        let start = chart.steps.first?.on ?? chart.end
        let end = max(chart.end, chart.steps.last?.on ?? chart.end)
        let x = LinearScale(domain: (Double(start.ordinal), Double(max(end.ordinal, start.ordinal + 1))), range: (left + 6, right))
        func y(_ stage: Stage) -> Double { bottom - Double(stage.index) * row }
        for stage in Stage.allCases {
            canvas.line(left, y(stage), right, y(stage), class: "grid")
            canvas.text(stage.title, x: left - 6, y: y(stage) + 4, anchor: .end)
        }
        var points: [(x: Double, y: Double)] = []
        for (index, step) in chart.steps.enumerated() {
            let until = index + 1 < chart.steps.count ? chart.steps[index + 1].on : end
            points += [(x(Double(step.on.ordinal)), y(step.stage)), (x(Double(until.ordinal)), y(step.stage))]
        }
        canvas.polyline(points, class: "series")
        for step in chart.steps {
            canvas.circle(x(Double(step.on.ordinal)), y(step.stage), radius: 3.5, class: "point")
            canvas.text(step.label, x: x(Double(step.on.ordinal)) + 5, y: y(step.stage) - 5, class: "label small")
        }
        canvas.text(start.description, x: left + 6, y: bottom + 18)
        canvas.text(end.description, x: right, y: bottom + 18, anchor: .end)
        return canvas
    }
}
