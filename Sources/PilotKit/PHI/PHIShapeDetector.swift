/// Numbers recognised by their layout: phone numbers, SSNs, ZIP codes and numeric dates.
/// Layouts that are ambiguous on their own (a bare 10-digit number, "3/14") count only after a cue
/// word, which keeps doses, vitals and scores ("128/82", "38/45") untouched; a unit after them
/// ("at 500-1000 mg", "on 2/3 of notes") marks a quantity even then.
struct PHIShapeDetector: PHIDetector {
    /// A layout written as text: `9` is one digit, `D` one or two digits, anything else is literal.
    struct Shape {
        enum Check { case none, monthDayYear, yearMonthDay, monthDay }

        let layout: [UInt8]
        let kind: PHIKind
        let cue: PHIWordTraits?
        let check: Check
        /// How many digits the layout starts with, to skip layouts that cannot match a number.
        let leadingDigits: ClosedRange<Int>

        init(_ layout: String, _ kind: PHIKind, cue: PHIWordTraits? = nil, check: Check = .none) {
            self.layout = Array(layout.utf8)
            self.kind = kind
            self.cue = cue
            self.check = check
            let digits = layout.prefix(while: \.isNumber).count
            leadingDigits = layout.first == "D" ? 1...2 : digits...digits
        }

        /// Whether the layout can start at `token`: a number of the right length, or its first symbol.
        func canStart(at token: PHIToken) -> Bool {
            if token.isNumber { return leadingDigits.contains(token.digitCount) }
            return layout.first.map { token.isSymbol(Unicode.Scalar($0)) } == true
        }
    }

    static let shapes: [Shape] = [
        Shape("(999) 999-9999", .phone), Shape("(999)999-9999", .phone), Shape("(999) 999 9999", .phone),
        Shape("999-999-9999", .phone), Shape("999.999.9999", .phone), Shape("999 999 9999", .phone),
        Shape("+1 999 999 9999", .phone), Shape("+1-999-999-9999", .phone), Shape("+1 (999) 999-9999", .phone),
        Shape("+1 999-999-9999", .phone), Shape("+1.999.999.9999", .phone), Shape("1-999-999-9999", .phone),
        Shape("+19999999999", .phone),
        Shape("9999999999", .phone, cue: .phoneCue), Shape("999-9999", .phone, cue: .phoneCue),
        Shape("999-99-9999", .ssn), Shape("999 99 9999", .ssn),
        Shape("999999999", .ssn, cue: .ssnCue), Shape("9999", .ssn, cue: .ssnCue),
        Shape("99999-9999", .zip), Shape("99999", .zip, cue: .zipCue),
        Shape("D/D/9999", .date, check: .monthDayYear), Shape("D/D/99", .date, check: .monthDayYear),
        Shape("D-D-9999", .date, check: .monthDayYear), Shape("D-D-99", .date, check: .monthDayYear),
        Shape("D.D.9999", .date, check: .monthDayYear),
        Shape("9999-D-D", .date, check: .yearMonthDay), Shape("9999/D/D", .date, check: .yearMonthDay),
        Shape("D/D", .date, cue: .dateCue, check: .monthDay), Shape("99999999", .date, cue: .dateCue),
        Shape("D.D.99", .date, cue: .dateCue, check: .monthDayYear),
    ]

    func detect(in scan: PHITextScan, into matches: inout [PHIMatch]) {
        for (index, token) in scan.tokens.enumerated()
        where (token.isNumber || token.isSymbol("(") || token.isSymbol("+")) && startsCleanly(token.start, in: scan) {
            for shape in Self.shapes where shape.canStart(at: token) {
                guard var end = match(shape.layout, at: token.start, in: scan),
                      shape.cue.map({ scan.hasCue($0, before: index) && !isQuantity(after: index, endingAt: end, in: scan) })
                        ?? true,
                      isValid(scan.bytes[token.start..<end], shape.check)
                else { continue }
                if shape.kind == .phone { end = extensionEnd(after: end, in: scan) }
                guard endsCleanly(end, in: scan) else { continue }
                matches.append(PHIMatch(shape.kind, token.start..<end))
                break
            }
        }
    }

    private static let extensionMarkers: [StaticString] = ["extension", "ext.", "ext", "x"]
    /// Characters that glue digits into one longer number.
    private static let joiners = Array("./-:".utf8)

    private func match(_ layout: [UInt8], at start: Int, in scan: PHITextScan) -> Int? {
        var offset = start
        for element in layout {
            switch element {
            case UInt8(ascii: "9"):
                guard scan.byte(at: offset)?.isASCIIDigit == true else { return nil }
                offset += 1
            case UInt8(ascii: "D"):
                guard scan.byte(at: offset)?.isASCIIDigit == true else { return nil }
                offset += scan.byte(at: offset + 1)?.isASCIIDigit == true ? 2 : 1
            default:
                guard scan.byte(at: offset) == element else { return nil }
                offset += 1
            }
        }
        return offset
    }

    /// Whether the word after a match that started at token `index` is a unit or "of".
    private func isQuantity(after index: Int, endingAt end: Int, in scan: PHITextScan) -> Bool {
        scan.tokens[index...].first { $0.start >= end }?.has(.quantityWord) == true
    }

    /// Numeric dates must name a real month and day, in either US or day-first order.
    private func isValid(_ bytes: ArraySlice<UInt8>, _ check: Shape.Check) -> Bool {
        let parts = bytes.split { !$0.isASCIIDigit }.map { $0.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } }
        func isMonthDay(_ first: Int, _ second: Int) -> Bool {
            let months = 1...12, days = 1...31
            return months.contains(first) && days.contains(second) || months.contains(second) && days.contains(first)
        }
        switch check {
        case .none: return true
        case .monthDay: return parts.count == 2 && isMonthDay(parts[0], parts[1])
        case .monthDayYear: return parts.count == 3 && isMonthDay(parts[0], parts[1])
        case .yearMonthDay:
            return parts.count == 3 && (1800...2099).contains(parts[0]) && (1...12).contains(parts[1])
                && (1...31).contains(parts[2])
        }
    }

    /// Phone extensions stay with their number: " x214", " ext. 3", " extension 12".
    private func extensionEnd(after end: Int, in scan: PHITextScan) -> Int {
        var offset = end
        offset = scan.run(from: offset) { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ",") }
        guard let marker = Self.extensionMarkers.first(where: { scan.matches($0, at: offset) }) else {
            return end
        }
        offset += marker.utf8CodeUnitCount
        offset = scan.run(from: offset) { $0 == UInt8(ascii: " ") }
        let digitsEnd = scan.run(from: offset, while: \.isASCIIDigit)
        return (1...6).contains(digitsEnd - offset) ? digitsEnd : end
    }

    /// A shape must not start inside a longer number, word or version ("v2.3.1", "A1234").
    private func startsCleanly(_ start: Int, in scan: PHITextScan) -> Bool {
        guard let previous = scan.byte(at: start - 1) else { return true }
        if previous.isASCIIAlphanumeric { return false }
        return !(Self.joiners.contains(previous) && scan.byte(at: start - 2)?.isASCIIAlphanumeric == true)
    }

    /// …nor stop inside one: "3/14/2024" is not "3/14", "5551234567890" is not a phone number.
    private func endsCleanly(_ end: Int, in scan: PHITextScan) -> Bool {
        guard let next = scan.byte(at: end) else { return true }
        if next.isASCIIAlphanumeric { return false }
        return !(Self.joiners.contains(next) && scan.byte(at: end + 1)?.isASCIIDigit == true)
    }
}
