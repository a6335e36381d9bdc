extension PilotDatabase {
    /// The tables whose rows `audit verify` compares byte for byte with the state recorded by the
    /// entry that inserted them, instead of hashing both: the bulk tables. The bench needs the list
    /// to hash exactly what `verify` hashes.
    public static let byteComparedEntities: Set<String> = Set(
        auditedTypes.compactMap { ($0 as? any BulkRecord.Type)?.entity })
}
