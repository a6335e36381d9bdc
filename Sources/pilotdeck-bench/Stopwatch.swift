/// Times closures on the continuous clock, and summarizes repeated timings.
enum Stopwatch {
    static let clock = ContinuousClock()

    static func time<T>(_ body: () throws -> T) rethrows -> (T, Duration) {
        let start = clock.now
        let result = try body()
        return (result, clock.now - start)
    }

    /// The median of `runs` timings of `body`.
    static func median(runs: Int, _ body: () throws -> Void) rethrows -> Duration {
        var samples: [Duration] = []
        for _ in 0..<runs { samples.append(try time(body).1) }
        return percentile(samples, 0.5)
    }

    /// Nearest-rank percentile (`fraction` 0.5 for p50, 0.99 for p99).
    static func percentile(_ samples: [Duration], _ fraction: Double) -> Duration {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return .zero }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }
}
