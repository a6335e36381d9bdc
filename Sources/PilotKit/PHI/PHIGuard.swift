import Foundation

/// Strips HIPAA Safe Harbor identifiers from free text before it is stored or printed.
///
/// It is built for throughput (every feedback row and batch import passes through it): the text is
/// tokenised once into UTF-8 bytes, and hand-written detectors over that scan replace regular
/// expressions, which measured several times slower than the whole guard on short sentences.
public struct PHIGuard: Sendable {
    private static let detectors: [any PHIDetector] = [
        PHIShapeDetector(), PHIInternationalPhoneDetector(), PHICuedIdentifierDetector(), PHIEmailDetector(),
        PHIURLDetector(), PHIIPAddressDetector(), PHIWrittenDateDetector(), PHIAgeDetector(), PHIBirthYearDetector(),
        PHIStreetAddressDetector(), PHIStreetNameDetector(), PHIPlaceDetector(), PHINameDetector(),
        PHILongIdentifierDetector(),
    ]

    public init() {}

    /// The text with every identifier replaced by its kind's placeholder. Text without identifiers
    /// comes back byte-identical. `writtenOn` is when the text was written, by default now: a year
    /// of birth more than 89 years before it is an age over 89.
    public func redact(_ text: String, writtenOn date: Date = Date()) -> Redaction {
        let scan = PHITextScan(text, writtenYear: Self.year(of: date))
        let matches = merged(matches(in: scan))
        guard !matches.isEmpty else { return Redaction(text: text, findings: []) }

        var output: [UInt8] = []
        output.reserveCapacity(scan.bytes.count + 8 * matches.count)
        var placeholders: [(kind: PHIKind, range: Range<Int>)] = []
        var copied = 0
        for match in matches {
            output.append(contentsOf: scan.bytes[copied..<match.range.lowerBound])
            let start = output.count
            output.append(contentsOf: match.kind.placeholder.utf8)
            placeholders.append((match.kind, start..<output.count))
            copied = match.range.upperBound
        }
        output.append(contentsOf: scan.bytes[copied...])
        let redacted = String(decoding: output, as: UTF8.self)
        let findings = PHICharacterOffsets(redacted, isASCII: scan.isASCII).findings(placeholders)
        return Redaction(text: redacted, findings: findings)
    }

    /// The merged identifier spans of `text` in UTF-8 offsets of the input; what `redact` replaces.
    package func matches(in text: String, writtenOn date: Date = Date()) -> [PHIMatch] {
        merged(matches(in: PHITextScan(text, writtenYear: Self.year(of: date))))
    }

    /// The UTC calendar year of `date`, by the days-to-civil arithmetic of the proleptic Gregorian
    /// calendar: a `Calendar` would cost more than the rest of a short sentence's redaction.
    static func year(of date: Date) -> Int {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        return yearOfEra + era * 400 + (monthFromMarch >= 10 ? 1 : 0)
    }

    private func matches(in scan: PHITextScan) -> [PHIMatch] {
        var matches: [PHIMatch] = []
        for detector in Self.detectors {
            detector.detect(in: scan, into: &matches)
        }
        return matches
    }

    /// Overlapping matches become one span covering all of them, so no fragment of an identifier
    /// survives; the strongest (then longest) match names its kind.
    private func merged(_ matches: [PHIMatch]) -> [PHIMatch] {
        let sorted = matches.sorted { ($0.range.lowerBound, $1.range.count) < ($1.range.lowerBound, $0.range.count) }
        var result: [PHIMatch] = []
        for match in sorted {
            guard let last = result.last, match.range.lowerBound < last.range.upperBound else {
                result.append(match)
                continue
            }
            let leader = (match.strength, match.range.count) > (last.strength, last.range.count) ? match : last
            let range = last.range.lowerBound..<max(last.range.upperBound, match.range.upperBound)
            result[result.count - 1] = PHIMatch(leader.kind, range, max(last.strength, match.strength))
        }
        return result
    }
}
