import Foundation

/// The person at the terminal, as the operating system knows them.
public enum Identity {
    /// The login of the real user id. `$USER` is not trusted: anyone can set it.
    public static func osLogin() -> String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return "uid\(getuid())"
    }
}
