/// Dates with a written month and a day: "March 14, 1952", "Mar. 14", "14 March 1952",
/// "3rd of June, 2022". A month without a day ("in March", "March 2024") is not a date of a person.
struct PHIWrittenDateDetector: PHIDetector {
    func detect(in scan: PHITextScan, into matches: inout [PHIMatch]) {
        for (index, month) in scan.tokens.enumerated() where month.has(.month) {
            guard month.isCapitalised || month.isUppercase || !month.has(.ambiguousMonth) else { continue }
            let hasDot = scan[index + 1]?.isSymbol(".") == true && scan.isAttached(index + 1)
            let afterMonth = hasDot ? index + 2 : index + 1
            if let dayLast = dayLastIndex(at: afterMonth, in: scan) {
                let last = yearLastIndex(after: dayLast, in: scan) ?? dayLast
                matches.append(PHIMatch(.date, month.start..<scan.tokens[last].end))
            } else if let dayStart = dayStartIndex(before: index, in: scan) {
                let last = yearLastIndex(after: afterMonth - 1, in: scan) ?? index
                matches.append(PHIMatch(.date, scan.tokens[dayStart].start..<scan.tokens[last].end))
            }
        }
    }

    /// The last token of a day of the month starting at `index`: "14" or "14th".
    private func dayLastIndex(at index: Int, in scan: PHITextScan) -> Int? {
        guard let day = scan[index], day.digitCount <= 2, (1...31).contains(day.value) else {
            return nil
        }
        let last = scan[index + 1]?.has(.ordinalSuffix) == true && scan.isAttached(index + 1) ? index + 1 : index
        if let next = scan[last + 1], scan.isAttached(last + 1),
           next.kind != .symbol || ":/%".unicodeScalars.contains(next.symbol) {
            return nil
        }
        return last
    }

    /// The first token of a day written before its month: "14 March", "3rd of June".
    private func dayStartIndex(before monthIndex: Int, in scan: PHITextScan) -> Int? {
        let dayLast = scan.spells(monthIndex - 1, "of") ? monthIndex - 2 : monthIndex - 1
        for start in [dayLast - 1, dayLast] where start >= 0 {
            if dayLastIndex(at: start, in: scan) == dayLast { return start }
        }
        return nil
    }

    /// The last token of a year following the day or month: ", 1952", " 2024", " '52".
    private func yearLastIndex(after index: Int, in scan: PHITextScan) -> Int? {
        let yearIndex = scan[index + 1]?.isSymbol(",") == true ? index + 2 : index + 1
        if let year = scan[yearIndex], year.digitCount == 4, (1800...2099).contains(year.value) {
            return yearIndex
        }
        if scan[yearIndex]?.isSymbol("'") == true, let year = scan[yearIndex + 1], year.digitCount == 2,
           scan.isAttached(yearIndex + 1) {
            return yearIndex + 1
        }
        return nil
    }
}
