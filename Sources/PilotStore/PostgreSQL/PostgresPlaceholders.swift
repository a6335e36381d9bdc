/// SQLite's placeholders in PostgreSQL's spelling: `?` becomes `$1`, `$2`, … in order and `?N`
/// becomes `$N`, outside quoted strings and identifiers. Each statement is rewritten once.
enum PostgresPlaceholders {
    private static let memo = ColumnNames.Memo()

    static func numbered(_ sql: String) -> String { memo.value(for: sql, rewrite) }

    static func rewrite(_ sql: String) -> String {
        var output = ""
        var next = 0
        var quote: Character?
        var characters = sql.makeIterator()
        var pending: Character? = characters.next()
        while let character = pending {
            pending = characters.next()
            if let open = quote {
                output.append(character)
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                output.append(character)
            case "?":
                var digits = ""
                while let digit = pending, digit.isASCII, digit.isNumber {
                    digits.append(digit)
                    pending = characters.next()
                }
                if digits.isEmpty {
                    next += 1
                    output += "$\(next)"
                } else {
                    output += "$" + digits
                }
            default:
                output.append(character)
            }
        }
        return output
    }
}
