/// The newest state the audit log records for each row, by entity: the index of the entry that
/// holds it, or `deleted` when that entry removed the row.
struct AuditedStates {
    static let deleted = -1

    /// The entities seen, as the bytes the log spells them with, and their rows in the same order;
    /// a log names few entities, so they are found by comparing bytes rather than by hashing.
    private var names: [[UInt8]] = []
    private var rows: [Rows] = []
    private var lastRecorded = 0

    /// One entity's rows, keyed by `AuditKey`. Integer ids are assigned in order from 1, so most
    /// sit in an array indexed by id; the few far outside it, and text ids, in dictionaries.
    struct Rows {
        private static let absent = Int.min
        private var dense: [Int] = []
        private var numbers: [Int64: Int] = [:]
        private var texts: [String: Int] = [:]

        subscript(key: AuditKey) -> Int? {
            get {
                switch key {
                case .number(let number) where number >= 0 && number < dense.count:
                    let entry = dense[Int(number)]
                    return entry == Self.absent ? nil : entry
                case .number(let number): return numbers[number]
                case .text(let text): return texts[text]
                }
            }
            set {
                switch key {
                case .number(let number) where number >= 0 && number < 2 * Int64(dense.count) + 1024:
                    if number >= dense.count {
                        let grown = max(Int(number) + 1, 2 * dense.count)
                        dense.append(contentsOf: repeatElement(Self.absent, count: grown - dense.count))
                    }
                    dense[Int(number)] = newValue ?? Self.absent
                case .number(let number): numbers[number] = newValue
                case .text(let text): texts[text] = newValue
                }
            }
        }

        /// The rows' states, each as its key and entry.
        var all: [(key: AuditKey, entry: Int)] {
            dense.indices.compactMap { dense[$0] == Self.absent ? nil : (AuditKey.number(Int64($0)), dense[$0]) }
                + numbers.map { (AuditKey.number($0.key), $0.value) } + texts.map { (AuditKey.text($0.key), $0.value) }
        }
    }

    mutating func record(entity: UnsafeBufferPointer<UInt8>, key: AuditKey, entry: Int) {
        rows[index(of: entity)][key] = entry
    }

    /// The rows of `entity`, handed over for comparison with the table.
    mutating func take(_ entity: String) -> Rows {
        guard let index = names.firstIndex(where: { $0.elementsEqual(entity.utf8) }) else { return Rows() }
        defer { rows[index] = Rows() }
        return rows[index]
    }

    private mutating func index(of entity: UnsafeBufferPointer<UInt8>) -> Int {
        if lastRecorded < names.count, names[lastRecorded].withUnsafeBufferPointer({ AuditVerifier.equal($0, entity) }) {
            return lastRecorded
        }
        if let known = names.firstIndex(where: { $0.withUnsafeBufferPointer { AuditVerifier.equal($0, entity) } }) {
            lastRecorded = known
        } else {
            names.append(Array(entity))
            rows.append(Rows())
            lastRecorded = names.count - 1
        }
        return lastRecorded
    }
}
