/// Path arithmetic on plain strings. Foundation's `NSString.deletingLastPathComponent` traps on a
/// one-character path (`x`, `-`, `.`) and on `a/`, so Pilotdeck computes the folder itself.
public enum PathName {
    /// The folder part of `path`: "" for a bare file name, "/" for an entry of the root folder.
    public static func folder(of path: String) -> String {
        var name = Substring(path)
        while name.count > 1, name.hasSuffix("/") { name = name.dropLast() }
        guard let slash = name.lastIndex(of: "/") else { return "" }
        let folder = name[..<slash]
        return folder.isEmpty ? "/" : String(folder)
    }
}
