/// One family of identifier patterns. Detectors only report matches; `PHIGuard` merges overlaps
/// and writes the placeholders, so each detector can stay small and independent.
protocol PHIDetector: Sendable {
    func detect(in scan: PHITextScan, into matches: inout [PHIMatch])
}
