import Foundation

/// The demo's story as dated steps. `run` performs them in time order (ties in the order they
/// were scheduled) after moving the clock, so all pilots' histories interleave in one audit log
/// that reads forward in time. A running step may schedule later ones, such as an incident's
/// follow-ups once its id is known.
final class DemoTimeline {
    private struct Step {
        let at: DemoMoment
        let order: Int
        let action: () throws -> Void

        func precedes(_ other: Step) -> Bool { (at.minutes, order) < (other.at.minutes, other.order) }
    }

    let calendar: DemoCalendar
    /// Starts at the story's first moment; the Ledgers read it.
    let clock: DemoClock
    /// A binary min-heap of pending steps.
    private var heap: [Step] = []
    private var scheduled = 0
    private var now: DemoMoment

    init(calendar: DemoCalendar, start: DemoMoment) {
        self.calendar = calendar
        clock = DemoClock(calendar.date(start))
        now = start
    }

    /// Adds a step; the story may neither go back in time nor reach `today`.
    func schedule(_ at: DemoMoment, _ action: @escaping () throws -> Void) {
        precondition(at >= now && at < calendar.end, "demo step at minute \(at.minutes) is outside the story")
        heap.append(Step(at: at, order: scheduled, action: action))
        scheduled += 1
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    func run() throws {
        while let step = popFirst() {
            now = step.at
            clock.move(to: calendar.date(step.at))
            try step.action()
        }
    }

    private func popFirst() -> Step? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let first = heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count, heap[left].precedes(heap[smallest]) { smallest = left }
            if right < heap.count, heap[right].precedes(heap[smallest]) { smallest = right }
            if smallest == parent { return first }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
