import Foundation

/// The generic path of `AuditJSON`: any `Encodable` through its own `encode(to:)`, taken as
/// `JSONEncoder` takes it (dates as milliseconds, an encoder left empty as `{}`), into an
/// `AuditJSONValue` that `AuditJSONWriter` spells. Audited values hold no `Data`, `URL` or
/// `Decimal`, which `JSONEncoder` would also have special-cased.
final class AuditJSONEncoder: Encoder, SingleValueEncodingContainer {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private var value: AuditJSONValue?

    init(codingPath: [any CodingKey] = []) { self.codingPath = codingPath }

    var result: AuditJSONValue { value ?? .object(.init()) }

    static func value(of encodable: some Encodable, at codingPath: [any CodingKey]) throws -> AuditJSONValue {
        if let date = encodable as? Date { return .number(String(AuditJSONWriter.milliseconds(date))) }
        let encoder = AuditJSONEncoder(codingPath: codingPath)
        try encodable.encode(to: encoder)
        return encoder.result
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let members: AuditJSONValue.Members
        if case .object(let existing) = value {
            members = existing
        } else {
            members = .init()
            value = .object(members)
        }
        return KeyedEncodingContainer(KeyedContainer(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let elements: AuditJSONValue.Elements
        if case .array(let existing) = value {
            elements = existing
        } else {
            elements = .init()
            value = .array(elements)
        }
        return UnkeyedContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    func encodeNil() { value = .null }
    func encode(_ value: Bool) { self.value = .bool(value) }
    func encode(_ value: String) { self.value = .string(value) }
    func encode(_ value: Double) throws { self.value = .number(try AuditJSONWriter.numberText(value)) }
    func encode(_ value: Float) throws { self.value = .number(try AuditJSONWriter.numberText(value)) }
    func encode(_ value: Int) { self.value = .number(String(value)) }
    func encode(_ value: Int8) { self.value = .number(String(value)) }
    func encode(_ value: Int16) { self.value = .number(String(value)) }
    func encode(_ value: Int32) { self.value = .number(String(value)) }
    func encode(_ value: Int64) { self.value = .number(String(value)) }
    func encode(_ value: UInt) { self.value = .number(String(value)) }
    func encode(_ value: UInt8) { self.value = .number(String(value)) }
    func encode(_ value: UInt16) { self.value = .number(String(value)) }
    func encode(_ value: UInt32) { self.value = .number(String(value)) }
    func encode(_ value: UInt64) { self.value = .number(String(value)) }
    func encode<T: Encodable>(_ value: T) throws { self.value = try Self.value(of: value, at: codingPath) }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let members: AuditJSONValue.Members
    let codingPath: [any CodingKey]

    private func set(_ value: AuditJSONValue, _ key: Key) { members.values[key.stringValue] = value }

    func encodeNil(forKey key: Key) { set(.null, key) }
    func encode(_ value: Bool, forKey key: Key) { set(.bool(value), key) }
    func encode(_ value: String, forKey key: Key) { set(.string(value), key) }
    func encode(_ value: Double, forKey key: Key) throws { set(.number(try AuditJSONWriter.numberText(value)), key) }
    func encode(_ value: Float, forKey key: Key) throws { set(.number(try AuditJSONWriter.numberText(value)), key) }
    func encode(_ value: Int, forKey key: Key) { set(.number(String(value)), key) }
    func encode(_ value: Int8, forKey key: Key) { set(.number(String(value)), key) }
    func encode(_ value: Int16, forKey key: Key) { set(.number(String(value)), key) }
    func encode(_ value: Int32, forKey key: Key) { set(.number(String(value)), key) }
    func encode(_ value: Int64, forKey key: Key) { set(.number(String(value)), key) }
    func encode(_ value: UInt, forKey key: Key) { set(.number(String(value)), key) }
    func encode(_ value: UInt8, forKey key: Key) { set(.number(String(value)), key) }
    func encode(_ value: UInt16, forKey key: Key) { set(.number(String(value)), key) }
    func encode(_ value: UInt32, forKey key: Key) { set(.number(String(value)), key) }
    func encode(_ value: UInt64, forKey key: Key) { set(.number(String(value)), key) }

    func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        set(try AuditJSONEncoder.value(of: value, at: codingPath + [key]), key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        nestedEncoder(key).container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { nestedEncoder(key).unkeyedContainer() }

    func superEncoder() -> any Encoder { nestedEncoder(SuperKey.super) }

    func superEncoder(forKey key: Key) -> any Encoder { nestedEncoder(key) }

    /// The encoder already nested under `key`, so a container asked for twice is the same one.
    private func nestedEncoder(_ key: any CodingKey) -> AuditJSONEncoder {
        if case .encoder(let existing) = members.values[key.stringValue] { return existing }
        let encoder = AuditJSONEncoder(codingPath: codingPath + [key])
        members.values[key.stringValue] = .encoder(encoder)
        return encoder
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let elements: AuditJSONValue.Elements
    let codingPath: [any CodingKey]
    var count: Int { elements.values.count }

    private func append(_ value: AuditJSONValue) { elements.values.append(value) }

    func encodeNil() { append(.null) }
    func encode(_ value: Bool) { append(.bool(value)) }
    func encode(_ value: String) { append(.string(value)) }
    func encode(_ value: Double) throws { append(.number(try AuditJSONWriter.numberText(value))) }
    func encode(_ value: Float) throws { append(.number(try AuditJSONWriter.numberText(value))) }
    func encode(_ value: Int) { append(.number(String(value))) }
    func encode(_ value: Int8) { append(.number(String(value))) }
    func encode(_ value: Int16) { append(.number(String(value))) }
    func encode(_ value: Int32) { append(.number(String(value))) }
    func encode(_ value: Int64) { append(.number(String(value))) }
    func encode(_ value: UInt) { append(.number(String(value))) }
    func encode(_ value: UInt8) { append(.number(String(value))) }
    func encode(_ value: UInt16) { append(.number(String(value))) }
    func encode(_ value: UInt32) { append(.number(String(value))) }
    func encode(_ value: UInt64) { append(.number(String(value))) }

    func encode<T: Encodable>(_ value: T) throws {
        append(try AuditJSONEncoder.value(of: value, at: codingPath + [IndexKey(count)]))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        nestedEncoder().container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { nestedEncoder().unkeyedContainer() }

    func superEncoder() -> any Encoder { nestedEncoder() }

    private func nestedEncoder() -> AuditJSONEncoder {
        let encoder = AuditJSONEncoder(codingPath: codingPath + [IndexKey(count)])
        append(.encoder(encoder))
        return encoder
    }
}

/// The key `superEncoder()` files a superclass under, as `JSONEncoder` names it.
private enum SuperKey: String, CodingKey { case `super` }

/// An array position in a coding path.
private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}
