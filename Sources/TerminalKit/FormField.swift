/// One labelled input of a `Form`.
public struct FormField: Sendable {
    public enum Kind: Hashable, Sendable {
        case text
        case multiline(height: Int)
        /// Its text is selected when focus enters it, so typing replaces the default.
        case number(range: ClosedRange<Double>?)
        /// Left/Right (or Space) step through the options and stop at the ends, so an extra
        /// press never lands back on the first; typing an option's first character picks it.
        case choice([String])
        /// Space or Left/Right flip it.
        case toggle
        /// Items ticked with Space, one per row; Up/Down move between them.
        case checklist([ChecklistItem])
    }

    /// One row of a checklist.
    public struct ChecklistItem: Hashable, Sendable {
        public var text: String
        /// A short warning drawn after the text in the bad style ("overdue 2 d").
        public var warning: String?
        /// Ticked before the form opened and not to be unticked here.
        public var isLocked: Bool

        public init(_ text: String, warning: String? = nil, isLocked: Bool = false) {
            self.text = text
            self.warning = warning
            self.isLocked = isLocked
        }
    }

    public let id: FieldID
    public var label: String
    public let kind: Kind
    public var isRequired: Bool
    /// Extra validation of the text value; returns a message when the value is wrong.
    public var validator: (@Sendable (String) -> String?)?
    /// The text of text, multiline and number fields.
    public var editor: TextBuffer
    /// The selected option of a choice field; nil until the user picks one, for a choice made
    /// without a default.
    public var choice: Int?
    /// The state of a toggle.
    public var isOn: Bool
    /// The ticked rows of a checklist, and the row under its cursor.
    public var checked: Set<Int> = []
    public var checklistCursor = 0
    /// The validation message shown under the field.
    public var error: String?

    init(id: FieldID, label: String, kind: Kind, text: String = "", isRequired: Bool = false,
         validator: (@Sendable (String) -> String?)? = nil, choice: Int? = nil, isOn: Bool = false) {
        self.id = id
        self.label = label
        self.kind = kind
        self.isRequired = isRequired
        self.validator = validator
        if case .multiline = kind {
            editor = TextBuffer(text, multiline: true)
        } else {
            editor = TextBuffer(text)
        }
        self.choice = choice
        self.isOn = isOn
    }

    // MARK: - Factories

    public static func text(_ id: FieldID, label: String, value: String = "", required: Bool = false,
                            validate: (@Sendable (String) -> String?)? = nil) -> FormField {
        FormField(id: id, label: label, kind: .text, text: value, isRequired: required, validator: validate)
    }

    public static func multiline(_ id: FieldID, label: String, value: String = "", height: Int = 3,
                                 required: Bool = false, validate: (@Sendable (String) -> String?)? = nil) -> FormField {
        FormField(id: id, label: label, kind: .multiline(height: max(1, height)), text: value, isRequired: required, validator: validate)
    }

    public static func number(_ id: FieldID, label: String, value: Double? = nil, range: ClosedRange<Double>? = nil,
                              required: Bool = false) -> FormField {
        FormField(id: id, label: label, kind: .number(range: range), text: value?.compactDescription ?? "", isRequired: required)
    }

    /// `selected: nil` makes the user choose: no option is shown until one is picked, and the
    /// field is required.
    public static func choice(_ id: FieldID, label: String, options: [String], selected: Int? = 0) -> FormField {
        FormField(
            id: id, label: label, kind: .choice(options), isRequired: selected == nil,
            choice: selected.map { min(max($0, 0), max(options.count - 1, 0)) })
    }

    /// `checked`: indices of the rows ticked to begin with.
    public static func checklist(_ id: FieldID, label: String, items: [ChecklistItem], checked: Set<Int> = []) -> FormField {
        var field = FormField(id: id, label: label, kind: .checklist(items))
        field.checked = checked.union(items.indices.filter { items[$0].isLocked })
        return field
    }

    public static func toggle(_ id: FieldID, label: String, isOn: Bool = false) -> FormField {
        FormField(id: id, label: label, kind: .toggle, isOn: isOn)
    }

    // MARK: - Values

    /// The value as text: the typed text, the chosen option ("" before one is chosen), "on"/"off",
    /// or the ticked rows of a checklist numbered from 1 ("1 3").
    public var value: String {
        switch kind {
        case .text, .multiline, .number: editor.value
        case .choice(let options): choice.flatMap { options.indices.contains($0) ? options[$0] : nil } ?? ""
        case .toggle: isOn ? "on" : "off"
        case .checklist: checked.sorted().map { String($0 + 1) }.joined(separator: " ")
        }
    }

    /// The texts of a checklist's ticked rows, in order.
    public var checkedItems: [String] {
        guard case .checklist(let items) = kind else { return [] }
        return checked.sorted().compactMap { items.indices.contains($0) ? items[$0].text : nil }
    }

    /// The number typed into a number field (nil when empty or not a number).
    public var number: Double? {
        Double(editor.value.trimmingWhitespace)
    }

    /// Rows the input occupies (without its error line).
    public var inputHeight: Int {
        switch kind {
        case .multiline(let height): height
        case .checklist(let items): max(1, items.count)
        default: 1
        }
    }

    /// The message for the current value, or nil when it is valid. An empty optional field is
    /// valid without consulting the validator.
    public func validationMessage() -> String? {
        let text = value.trimmingWhitespace
        if case .choice(let options) = kind, text.isEmpty, isRequired {
            return "choose one: \(options.joined(separator: " or ")) (←/→)"
        }
        if text.isEmpty {
            return isRequired ? "required" : nil
        }
        if case .number(let range) = kind {
            guard let number else { return "must be a number" }
            if let range, !range.contains(number) {
                return "must be between \(range.lowerBound.compactDescription) and \(range.upperBound.compactDescription)"
            }
        }
        return validator?(value)
    }

    // MARK: - Keys

    /// Applies a key to the field's input; false when the field does not use it.
    mutating func handle(_ key: KeyEvent) -> Bool {
        switch kind {
        case .text, .multiline, .number:
            return editor.handle(key)
        case .choice(let options):
            guard !options.isEmpty else { return false }
            switch key {
            // With nothing chosen yet, Left comes in from the last option and Right from the first.
            case .left: choice = max(0, (choice ?? options.count) - 1)
            case .right, .char(" "): choice = min(options.count - 1, choice.map { $0 + 1 } ?? 0)
            case .char(let typed):
                guard let match = Self.option(startingWith: typed, in: options, after: choice) else { return false }
                choice = match
            default: return false
            }
            return true
        case .toggle:
            switch key {
            case .left, .right, .char(" "): isOn.toggle()
            default: return false
            }
            return true
        case .checklist(let items):
            switch key {
            case .up where checklistCursor > 0: checklistCursor -= 1
            case .down where checklistCursor < items.count - 1: checklistCursor += 1
            case .char(" ") where items.indices.contains(checklistCursor) && !items[checklistCursor].isLocked:
                if checked.remove(checklistCursor) == nil { checked.insert(checklistCursor) }
            case .char(" "): break
            default: return false
            }
            return true
        }
    }

    /// Called when focus enters the field: a number's text is selected so typing replaces it, and
    /// a checklist's cursor starts at the row nearest where focus came from.
    mutating func focusEntered(fromBelow: Bool) {
        switch kind {
        case .number: editor.selectAll()
        case .checklist(let items): checklistCursor = fromBelow ? max(0, items.count - 1) : 0
        default: break
        }
    }

    mutating func focusLeft() {
        editor.deselect()
    }

    /// The next option after `current` (wrapping among the matches) whose text starts with
    /// `typed`, ignoring case: a digit picks a rating, a letter an option by its first letter.
    static func option(startingWith typed: Character, in options: [String], after current: Int?) -> Int? {
        let matches = options.indices.filter { options[$0].lowercased().hasPrefix(typed.lowercased()) }
        return matches.first { $0 > (current ?? -1) } ?? matches.first
    }
}
