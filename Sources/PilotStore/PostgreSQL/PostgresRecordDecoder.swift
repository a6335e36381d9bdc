import Foundation
import GRDB

/// Decodes a `ColumnNamedRecord` straight from a row libpq holds, as GRDB decodes one from a
/// `Row`: a `DatabaseValueConvertible` property from its column's value, any other from the
/// JSON text in it. A `Row` built from a PostgreSQL row is keyed by name, and GRDB finds each
/// column in it by lowercasing every name it passes on the way: a tenth of the first frame.
struct PostgresRecordDecoder: Decoder {
    let columns: PostgresColumns
    /// The JSON decoder of the record for a column, as GRDB asks the record for it.
    let jsonDecoder: (String) -> JSONDecoder

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Columns(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: [], debugDescription: "a row is keyed by column"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(Any.self, .init(codingPath: [], debugDescription: "a row is keyed by column"))
    }

    /// The row's columns by property name (`ColumnNames.propertyName`).
    struct Columns<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: PostgresRecordDecoder

        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { decoder.columns.rows.propertyColumns.keys.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { decoder.columns.rows.propertyColumns[key.stringValue] != nil }

        private func column(_ key: Key) throws -> Int32 {
            guard let column = decoder.columns.rows.propertyColumns[key.stringValue] else {
                throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "no column for \(key.stringValue)"))
            }
            return column
        }

        func decodeNil(forKey key: Key) throws -> Bool { decoder.columns.isNull(try column(key)) }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            let column = try column(key)
            let name = decoder.columns.rows.names[Int(column)]
            if let convertible = T.self as? any DatabaseValueConvertible.Type {
                guard let decoded = convertible.fromDatabaseValue(decoder.columns.value(column)) as? T else {
                    throw Unreadable(type: T.self, column: name)
                }
                return decoded
            }
            // A list of plain strings as Pilotdeck writes one (a pilot's sites) is read as JSON
            // would read it, without a JSON decoder per row.
            if T.self == [String].self, let text = decoder.columns.text(column), let strings = StoredText.strings(text) as? T {
                return strings
            }
            guard let json = String.fromDatabaseValue(decoder.columns.value(column)) else { throw Unreadable(type: T.self, column: name) }
            return try decoder.jsonDecoder(name).decode(T.self, from: Data(json.utf8))
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            throw DecodingError.typeMismatch(type, .init(codingPath: [key], debugDescription: "a column holds no nested container"))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            throw DecodingError.typeMismatch([Any].self, .init(codingPath: [key], debugDescription: "a column holds no nested container"))
        }

        func superDecoder() throws -> any Decoder { decoder }
        func superDecoder(forKey key: Key) throws -> any Decoder { decoder }
    }

    /// A value its property cannot take; worded as GRDB words it (`- column: "name"`), which
    /// `RowReader` reads the column's name from.
    struct Unreadable: Error, CustomStringConvertible {
        let type: Any.Type
        let column: String

        var description: String { "could not decode \(type) from database value - column: \"\(column)\"" }
    }
}
