import Foundation

/// Shared checks for free-text and identifier fields.
public enum Text {
    /// Characters that would garble a terminal or a report: C0/C1 controls and DEL.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Characters that must never be shown as stored: controls, and the bidirectional
    /// embeddings, overrides and isolates that make text read in another order than it is stored.
    public static func isUnsafeToShow(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// A required single-line field: not blank, no control characters, bounded length.
    public static func require(_ value: String, field: String, max: Int) throws {
        if value.trimmingCharacters(in: .whitespaces).isEmpty {
            throw FieldError(field, "must not be empty")
        }
        try check(value, field: field, max: max, multiline: false)
    }

    /// An optional field: may be empty; otherwise as `require`.
    public static func check(_ value: String, field: String, max: Int, multiline: Bool) throws {
        if value.count > max {
            throw FieldError(field, "is \(value.count) characters; shorten it to at most \(max)")
        }
        let allowed: Set<UInt32> = multiline ? [0x0A, 0x09] : []
        if value.unicodeScalars.contains(where: { isControl($0) && !allowed.contains($0.value) }) {
            throw FieldError(
                field,
                multiline
                    ? "contains control characters; remove them"
                    : "contains a line break or control character; use a single line")
        }
    }

    /// A login or key: lowercase letters, digits, '.', '_' and '-', starting with a letter.
    public static func requireLogin(_ value: String, field: String) throws {
        let ok =
            !value.isEmpty && value.count <= 64 && value.first!.isLetter
            && value.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
            }
        if !ok {
            throw FieldError(
                field, "'\(sanitized(value))' must be lowercase letters, digits, '.', '_' or '-', starting with a letter")
        }
    }

    /// A pilot or tool key: uppercase letters, digits and '-', 2 to 24 long, starting with a letter.
    public static func requireKey(_ value: String, field: String) throws {
        let ok =
            (2...24).contains(value.count) && value.first!.isLetter
            && value.unicodeScalars.allSatisfy {
                ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            }
        if !ok {
            throw FieldError(
                field, "'\(sanitized(value))' must be 2-24 uppercase letters, digits or '-', starting with a letter (e.g. AMB-FM)")
        }
    }

    /// Makes untrusted text safe to echo in a one-line message: identifiers the PHI guard finds
    /// are replaced (a mistyped column can carry a patient's details), control characters too.
    public static func sanitized(_ value: String, max: Int = 40) -> String {
        let redacted = PHIGuard().redact(value).text
        let clean = String(String.UnicodeScalarView(redacted.unicodeScalars.map { isControl($0) ? "?" : $0 }))
        return clean.count > max ? String(clean.prefix(max)) + "…" : clean
    }
}
