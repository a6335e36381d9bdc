/// A titled group of help entries, built from a keymap.
public struct HelpSection: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var keys: String
        public var text: String

        public init(keys: String, text: String) {
            self.keys = keys
            self.text = text
        }
    }

    public var title: String
    public var entries: [Entry]

    public init(title: String, entries: [Entry]) {
        self.title = title
        self.entries = entries
    }
}
